"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RoundResultDto = exports.GameSessionPageDto = exports.GameSessionDto = exports.SessionGameDto = exports.GameSessionQueryDto = exports.RecordRoundDto = exports.EndGameSessionDto = exports.StartGameSessionDto = exports.MAX_ROUND_AMOUNT = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../../common/pagination/pagination.dto");
const calendar_date_1 = require("../../../common/calendar-date");
/** Largest bet or win of one round: 10^13 minor units, inside a JS number's exact range. */
exports.MAX_ROUND_AMOUNT = 10_000_000_000_000;
const AMOUNT_MESSAGE = (field) => `${field} must be an integer number of minor units between 0 and ${exports.MAX_ROUND_AMOUNT}`;
class StartGameSessionDto {
    /** @example "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" */
    game_id;
    static _OPENAPI_METADATA_FACTORY() {
        return { game_id: { required: true, type: () => String, example: "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d", format: "uuid" } };
    }
}
exports.StartGameSessionDto = StartGameSessionDto;
__decorate([
    (0, class_validator_1.IsUUID)('all', { message: 'game_id must be the id of a game of this brand' }),
    __metadata("design:type", String)
], StartGameSessionDto.prototype, "game_id", void 0);
class EndGameSessionDto {
    /** The only change allowed: ending the session. */
    status;
    static _OPENAPI_METADATA_FACTORY() {
        return { status: { required: true, type: () => String, description: "The only change allowed: ending the session.", enum: ['ended'] } };
    }
}
exports.EndGameSessionDto = EndGameSessionDto;
__decorate([
    (0, class_validator_1.IsIn)(['ended'], { message: 'status must be "ended"' }),
    __metadata("design:type", String)
], EndGameSessionDto.prototype, "status", void 0);
class RecordRoundDto {
    /** The provider's round id, unique per provider. @example "r-10001" */
    round_id;
    /** @example 100 */
    bet;
    /** @example 250 */
    win;
    static _OPENAPI_METADATA_FACTORY() {
        return { round_id: { required: true, type: () => String, description: "The provider's round id, unique per provider.", example: "r-10001", minLength: 1, maxLength: 128 }, bet: { required: true, type: () => Number, example: 100, minimum: 0, maximum: exports.MAX_ROUND_AMOUNT }, win: { required: true, type: () => Number, example: 250, minimum: 0, maximum: exports.MAX_ROUND_AMOUNT } };
    }
}
exports.RecordRoundDto = RecordRoundDto;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 128, { message: 'round_id must be a string of 1-128 characters' }),
    __metadata("design:type", String)
], RecordRoundDto.prototype, "round_id", void 0);
__decorate([
    (0, class_validator_1.IsInt)({ message: AMOUNT_MESSAGE('bet') }),
    (0, class_validator_1.Min)(0, { message: AMOUNT_MESSAGE('bet') }),
    (0, class_validator_1.Max)(exports.MAX_ROUND_AMOUNT, { message: AMOUNT_MESSAGE('bet') }),
    __metadata("design:type", Number)
], RecordRoundDto.prototype, "bet", void 0);
__decorate([
    (0, class_validator_1.IsInt)({ message: AMOUNT_MESSAGE('win') }),
    (0, class_validator_1.Min)(0, { message: AMOUNT_MESSAGE('win') }),
    (0, class_validator_1.Max)(exports.MAX_ROUND_AMOUNT, { message: AMOUNT_MESSAGE('win') }),
    __metadata("design:type", Number)
], RecordRoundDto.prototype, "win", void 0);
class GameSessionQueryDto extends pagination_dto_1.PaginationQueryDto {
    game_id;
    /** Sessions started at or after this ISO 8601 time. */
    from;
    /** Sessions started before this ISO 8601 time. */
    to;
    static _OPENAPI_METADATA_FACTORY() {
        return { game_id: { required: false, type: () => String, format: "uuid" }, from: { required: false, type: () => Date, description: "Sessions started at or after this ISO 8601 time." }, to: { required: false, type: () => Date, description: "Sessions started before this ISO 8601 time." } };
    }
}
exports.GameSessionQueryDto = GameSessionQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUUID)('all', { message: 'game_id must be a UUID' }),
    __metadata("design:type", String)
], GameSessionQueryDto.prototype, "game_id", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'from must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], GameSessionQueryDto.prototype, "from", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'to must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], GameSessionQueryDto.prototype, "to", void 0);
class SessionGameDto {
    /** @example "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" */
    id;
    /** @example "Book of Gold" */
    name;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" }, name: { required: true, type: () => String, example: "Book of Gold" } };
    }
}
exports.SessionGameDto = SessionGameDto;
/** A game session; amounts in minor units of the player's currency. */
class GameSessionDto {
    /** @example "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b" */
    id;
    game;
    /** @example "2026-01-15T09:30:00.000Z" */
    start_date;
    /**
     * Real plus bonus balance when the session started.
     * @example 12550
     */
    amount;
    /**
     * Sum of the bets of the session's rounds.
     * @example 300
     */
    bet;
    /**
     * Sum of the wins of the session's rounds.
     * @example 500
     */
    win;
    /**
     * Real plus bonus balance after the latest round.
     * @example 12750
     */
    amount_after;
    /** @example "2026-01-15T10:05:00.000Z" */
    end_date;
    /** @example "ended" */
    status;
    /**
     * Seconds between reality-check reminders; 0 when off.
     * @example 3600
     */
    reality_check;
    static from(session, gameName) {
        return {
            id: session.id,
            game: { id: session.gameId, name: gameName },
            start_date: session.startDate,
            amount: Number(session.amount),
            bet: Number(session.bet),
            win: Number(session.win),
            amount_after: Number(session.amountAfter),
            end_date: session.endDate,
            status: session.status,
            reality_check: session.realityCheck,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b" }, game: { required: true, type: () => require("./game-session.dto").SessionGameDto }, start_date: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" }, amount: { required: true, type: () => Number, description: "Real plus bonus balance when the session started.", example: 12550 }, bet: { required: true, type: () => Number, description: "Sum of the bets of the session's rounds.", example: 300 }, win: { required: true, type: () => Number, description: "Sum of the wins of the session's rounds.", example: 500 }, amount_after: { required: true, type: () => Number, description: "Real plus bonus balance after the latest round.", example: 12750 }, end_date: { required: true, type: () => Date, nullable: true, example: "2026-01-15T10:05:00.000Z" }, status: { required: true, type: () => String, example: "ended" }, reality_check: { required: true, type: () => Number, description: "Seconds between reality-check reminders; 0 when off.", example: 3600 } };
    }
}
exports.GameSessionDto = GameSessionDto;
class GameSessionPageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 42 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./game-session.dto").GameSessionDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 42 } };
    }
}
exports.GameSessionPageDto = GameSessionPageDto;
/** The result of one round; a repeated round id gets the same body again. */
class RoundResultDto {
    /** @example "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" */
    id;
    /** @example "round-000123" */
    round_id;
    /** @example "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b" */
    session_id;
    /** @example 100 */
    bet;
    /** @example 250 */
    win;
    /**
     * Part of the bet taken from real money.
     * @example 100
     */
    bet_real;
    /**
     * Part of the bet taken from bonus money.
     * @example 0
     */
    bet_bonus;
    /** @example 12700 */
    real_balance;
    /** @example 2000 */
    bonus_balance;
    session;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" }, round_id: { required: true, type: () => String, example: "round-000123" }, session_id: { required: true, type: () => String, example: "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b" }, bet: { required: true, type: () => Number, example: 100 }, win: { required: true, type: () => Number, example: 250 }, bet_real: { required: true, type: () => Number, description: "Part of the bet taken from real money.", example: 100 }, bet_bonus: { required: true, type: () => Number, description: "Part of the bet taken from bonus money.", example: 0 }, real_balance: { required: true, type: () => Number, example: 12700 }, bonus_balance: { required: true, type: () => Number, example: 2000 }, session: { required: true, type: () => require("./game-session.dto").GameSessionDto } };
    }
}
exports.RoundResultDto = RoundResultDto;
//# sourceMappingURL=game-session.dto.js.map