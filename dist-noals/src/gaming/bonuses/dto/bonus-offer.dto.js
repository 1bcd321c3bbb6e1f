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
exports.BonusOfferPageDto = exports.BonusOfferDto = exports.BonusOfferQueryDto = exports.UpdateBonusOfferDto = exports.CreateBonusOfferDto = exports.MAX_WAGERING_SECONDS = exports.MAX_ELIGIBLE_GAMES = exports.MAX_TERMS_LENGTH = void 0;
exports.nullableAmount = nullableAmount;
const openapi = require("@nestjs/swagger");
const swagger_1 = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../../common/pagination/pagination.dto");
const wallet_dto_1 = require("../../wallet/dto/wallet.dto");
const bonus_offer_entity_1 = require("../bonus-offer.entity");
const calendar_date_1 = require("../../../common/calendar-date");
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
exports.MAX_TERMS_LENGTH = 100_000;
exports.MAX_ELIGIBLE_GAMES = 100;
/** One year: the longest time a player may be given to reach a wager goal. */
exports.MAX_WAGERING_SECONDS = 31_536_000;
class CreateBonusOfferDto {
    /** @example "Welcome bonus" */
    name;
    /** @example "100% of your first deposit, up to 200.00" */
    description;
    /** @example "https://cdn.example.com/bonuses/welcome.png" */
    image_url;
    /** HTML, stored and served exactly as given. @example "<p>Wager 30 times in 7 days.</p>" */
    terms_and_conditions;
    /** Only `bonus_money` is supported so far. */
    reward_type;
    /** @example "percentage" */
    amount_type;
    /** Minor units; required when amount_type is `fixed`, absent or null otherwise. */
    // The example is null because the example offer is a percentage bonus. It is set here because
    // the OpenAPI compiler plugin drops a null JSDoc `@example`.
    amount;
    /**
     * Percent of the deposit, 1-1000; required when amount_type is `percentage`.
     * @example 100
     */
    percentage;
    /**
     * Cap of a percentage bonus, in minor units; required when amount_type is `percentage`.
     * @example 20000
     */
    max_amount;
    /** Wager goal as a multiple of the bonus amount, 1-1000. @example 30 */
    wager_multiplier;
    /**
     * `manual`: the player claims it; `deposit`: a deposit started with its id activates it.
     * @example "deposit"
     */
    activation_type;
    /**
     * Smallest deposit that activates the bonus, in minor units; required for `deposit`.
     * @example 1000
     */
    min_deposit;
    /**
     * Games of the brand whose bets count; empty or absent means every game that counts.
     * @example []
     */
    game_ids;
    /**
     * Start of the window in which players can take the offer.
     * @example "2026-01-01T00:00:00.000Z"
     */
    valid_from;
    /**
     * End of the window; after it the offer can no longer be taken.
     * @example "2027-12-31T23:59:59.000Z"
     */
    valid_to;
    /** Seconds a player has, from activation, to reach the wager goal. @example 604800 */
    wagering_seconds;
    /**
     * Whether players can take the offer; true when absent.
     * @example true
     */
    active;
    static _OPENAPI_METADATA_FACTORY() {
        return { name: { required: true, type: () => String, example: "Welcome bonus", minLength: 1, maxLength: 100 }, description: { required: false, type: () => String, example: "100% of your first deposit, up to 200.00", maxLength: 2000 }, image_url: { required: false, type: () => String, nullable: true, example: "https://cdn.example.com/bonuses/welcome.png", maxLength: 2048, format: "uri" }, terms_and_conditions: { required: false, type: () => String, description: "HTML, stored and served exactly as given.", example: "<p>Wager 30 times in 7 days.</p>", maxLength: exports.MAX_TERMS_LENGTH }, reward_type: { required: true, description: "Only `bonus_money` is supported so far.", enum: ["bonus_money", "free_spins"], enum: bonus_offer_entity_1.REWARD_TYPES }, amount_type: { required: true, example: "percentage", enum: ["fixed", "percentage"], enum: bonus_offer_entity_1.AMOUNT_TYPES }, amount: { required: false, type: () => Number, nullable: true, description: "Minor units; required when amount_type is `fixed`, absent or null otherwise.", minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, percentage: { required: false, type: () => Number, nullable: true, description: "Percent of the deposit, 1-1000; required when amount_type is `percentage`.", example: 100, minimum: 1, maximum: 1000 }, max_amount: { required: false, type: () => Number, nullable: true, description: "Cap of a percentage bonus, in minor units; required when amount_type is `percentage`.", example: 20000, minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, wager_multiplier: { required: true, type: () => Number, description: "Wager goal as a multiple of the bonus amount, 1-1000.", example: 30, minimum: 1, maximum: 1000 }, activation_type: { required: true, description: "`manual`: the player claims it; `deposit`: a deposit started with its id activates it.", example: "deposit", enum: ["deposit", "manual"], enum: bonus_offer_entity_1.ACTIVATION_TYPES }, min_deposit: { required: false, type: () => Number, nullable: true, description: "Smallest deposit that activates the bonus, in minor units; required for `deposit`.", example: 1000, minimum: 0, maximum: wallet_dto_1.MAX_AMOUNT }, game_ids: { required: false, type: () => [String], description: "Games of the brand whose bets count; empty or absent means every game that counts.", example: [], uniqueItems: true, format: "uuid" }, valid_from: { required: true, type: () => Date, description: "Start of the window in which players can take the offer.", example: "2026-01-01T00:00:00.000Z" }, valid_to: { required: true, type: () => Date, description: "End of the window; after it the offer can no longer be taken.", example: "2027-12-31T23:59:59.000Z" }, wagering_seconds: { required: true, type: () => Number, description: "Seconds a player has, from activation, to reach the wager goal.", example: 604800, minimum: 1, maximum: exports.MAX_WAGERING_SECONDS }, active: { required: false, type: () => Boolean, description: "Whether players can take the offer; true when absent.", example: true } };
    }
}
exports.CreateBonusOfferDto = CreateBonusOfferDto;
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(1, 100, { message: 'name must be a string of 1-100 characters' }),
    __metadata("design:type", String)
], CreateBonusOfferDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(2000, { message: 'description must be at most 2000 characters long' }),
    __metadata("design:type", String)
], CreateBonusOfferDto.prototype, "description", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MaxLength)(2048, { message: 'image_url must be at most 2048 characters long' }),
    (0, class_validator_1.IsUrl)(HTTP_URL, { message: 'image_url must be an http or https URL' }),
    __metadata("design:type", Object)
], CreateBonusOfferDto.prototype, "image_url", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(exports.MAX_TERMS_LENGTH, {
        message: `terms_and_conditions must be at most ${exports.MAX_TERMS_LENGTH} characters long`,
    }),
    __metadata("design:type", String)
], CreateBonusOfferDto.prototype, "terms_and_conditions", void 0);
__decorate([
    (0, class_validator_1.IsIn)(bonus_offer_entity_1.REWARD_TYPES, { message: `reward_type must be one of: ${bonus_offer_entity_1.REWARD_TYPES.join(', ')}` }),
    __metadata("design:type", String)
], CreateBonusOfferDto.prototype, "reward_type", void 0);
__decorate([
    (0, class_validator_1.IsIn)(bonus_offer_entity_1.AMOUNT_TYPES, { message: `amount_type must be one of: ${bonus_offer_entity_1.AMOUNT_TYPES.join(', ')}` }),
    __metadata("design:type", String)
], CreateBonusOfferDto.prototype, "amount_type", void 0);
__decorate([
    (0, swagger_1.ApiProperty)({ example: null }),
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: 'amount must be an integer number of minor units' }),
    (0, class_validator_1.Min)(1, { message: 'amount must be at least 1' }),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT, { message: `amount must be at most ${wallet_dto_1.MAX_AMOUNT}` }),
    __metadata("design:type", Object)
], CreateBonusOfferDto.prototype, "amount", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: 'percentage must be an integer' }),
    (0, class_validator_1.Min)(1, { message: 'percentage must be between 1 and 1000' }),
    (0, class_validator_1.Max)(1000, { message: 'percentage must be between 1 and 1000' }),
    __metadata("design:type", Object)
], CreateBonusOfferDto.prototype, "percentage", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: 'max_amount must be an integer number of minor units' }),
    (0, class_validator_1.Min)(1, { message: 'max_amount must be at least 1' }),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT, { message: `max_amount must be at most ${wallet_dto_1.MAX_AMOUNT}` }),
    __metadata("design:type", Object)
], CreateBonusOfferDto.prototype, "max_amount", void 0);
__decorate([
    (0, class_validator_1.IsInt)({ message: 'wager_multiplier must be an integer' }),
    (0, class_validator_1.Min)(1, { message: 'wager_multiplier must be between 1 and 1000' }),
    (0, class_validator_1.Max)(1000, { message: 'wager_multiplier must be between 1 and 1000' }),
    __metadata("design:type", Number)
], CreateBonusOfferDto.prototype, "wager_multiplier", void 0);
__decorate([
    (0, class_validator_1.IsIn)(bonus_offer_entity_1.ACTIVATION_TYPES, {
        message: `activation_type must be one of: ${bonus_offer_entity_1.ACTIVATION_TYPES.join(', ')}`,
    }),
    __metadata("design:type", String)
], CreateBonusOfferDto.prototype, "activation_type", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: 'min_deposit must be an integer number of minor units' }),
    (0, class_validator_1.Min)(0, { message: 'min_deposit must be at least 0' }),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT, { message: `min_deposit must be at most ${wallet_dto_1.MAX_AMOUNT}` }),
    __metadata("design:type", Object)
], CreateBonusOfferDto.prototype, "min_deposit", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsArray)({ message: 'game_ids must be an array of game ids' }),
    (0, class_validator_1.ArrayMaxSize)(exports.MAX_ELIGIBLE_GAMES, {
        message: `game_ids must list at most ${exports.MAX_ELIGIBLE_GAMES} games`,
    }),
    (0, class_validator_1.ArrayUnique)({ message: 'game_ids must not repeat a game' }),
    (0, class_validator_1.IsUUID)('all', { each: true, message: 'each of game_ids must be a UUID' }),
    __metadata("design:type", Array)
], CreateBonusOfferDto.prototype, "game_ids", void 0);
__decorate([
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'valid_from must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], CreateBonusOfferDto.prototype, "valid_from", void 0);
__decorate([
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'valid_to must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], CreateBonusOfferDto.prototype, "valid_to", void 0);
__decorate([
    (0, class_validator_1.IsInt)({ message: 'wagering_seconds must be an integer' }),
    (0, class_validator_1.Min)(1, { message: `wagering_seconds must be between 1 and ${exports.MAX_WAGERING_SECONDS}` }),
    (0, class_validator_1.Max)(exports.MAX_WAGERING_SECONDS, {
        message: `wagering_seconds must be between 1 and ${exports.MAX_WAGERING_SECONDS}`,
    }),
    __metadata("design:type", Number)
], CreateBonusOfferDto.prototype, "wagering_seconds", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)({ message: 'active must be a boolean' }),
    __metadata("design:type", Boolean)
], CreateBonusOfferDto.prototype, "active", void 0);
/** Any field of an offer; `null` clears an optional one. The merged offer is checked again. */
class UpdateBonusOfferDto extends (0, swagger_1.PartialType)(CreateBonusOfferDto) {
    static _OPENAPI_METADATA_FACTORY() {
        return {};
    }
}
exports.UpdateBonusOfferDto = UpdateBonusOfferDto;
class BonusOfferQueryDto extends pagination_dto_1.PaginationQueryDto {
    static _OPENAPI_METADATA_FACTORY() {
        return {};
    }
}
exports.BonusOfferQueryDto = BonusOfferQueryDto;
/** A bonus offer as returned to the back office, with money in minor units. */
class BonusOfferDto {
    /** @example "5b1f0c2e-8d4a-4f6b-9c3e-1a2b3c4d5e6f" */
    id;
    /** @example "Welcome bonus" */
    name;
    /** @example "100% of your first deposit, up to 200.00" */
    description;
    /** @example "https://cdn.example.com/bonuses/welcome.png" */
    image_url;
    /** @example "<p>Wager 30 times in 7 days.</p>" */
    terms_and_conditions;
    reward_type;
    /** @example "percentage" */
    amount_type;
    /** Fixed bonus amount; null for a percentage bonus. */
    amount;
    /**
     * Percent of the deposit; null for a fixed bonus.
     * @example 100
     */
    percentage;
    /**
     * Cap of a percentage bonus; null for a fixed bonus.
     * @example 20000
     */
    max_amount;
    /** @example 30 */
    wager_multiplier;
    /** @example "deposit" */
    activation_type;
    /**
     * Smallest deposit that activates the bonus; null for a manual bonus.
     * @example 1000
     */
    min_deposit;
    /**
     * Games whose bets count; empty means every game that counts.
     * @example []
     */
    game_ids;
    /** @example "2026-01-01T00:00:00.000Z" */
    valid_from;
    /** @example "2027-12-31T23:59:59.000Z" */
    valid_to;
    /** @example 604800 */
    wagering_seconds;
    /** @example true */
    active;
    /** @example "2025-12-20T10:00:00.000Z" */
    created_at;
    /** @example "2025-12-20T10:00:00.000Z" */
    updated_at;
    static from(offer) {
        return {
            id: offer.id,
            name: offer.name,
            description: offer.description,
            image_url: offer.imageUrl,
            terms_and_conditions: offer.termsHtml,
            reward_type: offer.rewardType,
            amount_type: offer.amountType,
            amount: nullableAmount(offer.amount),
            percentage: offer.percentage,
            max_amount: nullableAmount(offer.maxAmount),
            wager_multiplier: offer.wagerMultiplier,
            activation_type: offer.activationType,
            min_deposit: nullableAmount(offer.minDeposit),
            game_ids: offer.gameIds,
            valid_from: offer.validFrom.toISOString(),
            valid_to: offer.validTo.toISOString(),
            wagering_seconds: offer.wageringSeconds,
            active: offer.active,
            created_at: offer.createdAt.toISOString(),
            updated_at: offer.updatedAt.toISOString(),
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "5b1f0c2e-8d4a-4f6b-9c3e-1a2b3c4d5e6f" }, name: { required: true, type: () => String, example: "Welcome bonus" }, description: { required: true, type: () => String, example: "100% of your first deposit, up to 200.00" }, image_url: { required: true, type: () => String, nullable: true, example: "https://cdn.example.com/bonuses/welcome.png" }, terms_and_conditions: { required: true, type: () => String, example: "<p>Wager 30 times in 7 days.</p>" }, reward_type: { required: true, enum: ["bonus_money", "free_spins"] }, amount_type: { required: true, example: "percentage", enum: ["fixed", "percentage"] }, amount: { required: true, type: () => Number, nullable: true, description: "Fixed bonus amount; null for a percentage bonus." }, percentage: { required: true, type: () => Number, nullable: true, description: "Percent of the deposit; null for a fixed bonus.", example: 100 }, max_amount: { required: true, type: () => Number, nullable: true, description: "Cap of a percentage bonus; null for a fixed bonus.", example: 20000 }, wager_multiplier: { required: true, type: () => Number, example: 30 }, activation_type: { required: true, example: "deposit", enum: ["deposit", "manual"] }, min_deposit: { required: true, type: () => Number, nullable: true, description: "Smallest deposit that activates the bonus; null for a manual bonus.", example: 1000 }, game_ids: { required: true, type: () => [String], description: "Games whose bets count; empty means every game that counts.", example: [] }, valid_from: { required: true, type: () => String, example: "2026-01-01T00:00:00.000Z" }, valid_to: { required: true, type: () => String, example: "2027-12-31T23:59:59.000Z" }, wagering_seconds: { required: true, type: () => Number, example: 604800 }, active: { required: true, type: () => Boolean, example: true }, created_at: { required: true, type: () => String, example: "2025-12-20T10:00:00.000Z" }, updated_at: { required: true, type: () => String, example: "2025-12-20T10:00:00.000Z" } };
    }
}
exports.BonusOfferDto = BonusOfferDto;
__decorate([
    (0, swagger_1.ApiProperty)({ example: null }),
    __metadata("design:type", Object)
], BonusOfferDto.prototype, "amount", void 0);
class BonusOfferPageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 3 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./bonus-offer.dto").BonusOfferDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 3 } };
    }
}
exports.BonusOfferPageDto = BonusOfferPageDto;
/** Converts a nullable bigint column to a JSON number; amounts stay below MAX_AMOUNT. */
function nullableAmount(value) {
    return value === null ? null : Number(value);
}
//# sourceMappingURL=bonus-offer.dto.js.map