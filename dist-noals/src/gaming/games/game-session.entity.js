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
exports.GameSessionEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/** A player's session of one game, with the totals of its rounds in minor units. */
let GameSessionEntity = class GameSessionEntity {
    id;
    brandId;
    userId;
    gameId;
    walletId;
    status;
    /** Real plus bonus balance when the session started. */
    amount;
    bet;
    win;
    /** Real plus bonus balance after the latest round. */
    amountAfter;
    /** The player's reality-check interval in seconds when the session started. */
    realityCheck;
    startDate;
    endDate;
    /** The time of the latest round, or the start when there is none. */
    lastActivityAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, userId: { required: true, type: () => String }, gameId: { required: true, type: () => String }, walletId: { required: true, type: () => String }, status: { required: true, enum: ["active", "ended"] }, amount: { required: true, type: () => String, description: "Real plus bonus balance when the session started." }, bet: { required: true, type: () => String }, win: { required: true, type: () => String }, amountAfter: { required: true, type: () => String, description: "Real plus bonus balance after the latest round." }, realityCheck: { required: true, type: () => Number, description: "The player's reality-check interval in seconds when the session started." }, startDate: { required: true, type: () => Date }, endDate: { required: true, type: () => Date, nullable: true }, lastActivityAt: { required: true, type: () => Date, description: "The time of the latest round, or the start when there is none." } };
    }
};
exports.GameSessionEntity = GameSessionEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'game_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "gameId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wallet_id', type: 'uuid' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "walletId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 8 }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "bet", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "win", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'amount_after', type: 'bigint' }),
    __metadata("design:type", String)
], GameSessionEntity.prototype, "amountAfter", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reality_check', type: 'integer' }),
    __metadata("design:type", Number)
], GameSessionEntity.prototype, "realityCheck", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'start_date', type: 'timestamptz' }),
    __metadata("design:type", Date)
], GameSessionEntity.prototype, "startDate", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'end_date', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], GameSessionEntity.prototype, "endDate", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_activity_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], GameSessionEntity.prototype, "lastActivityAt", void 0);
exports.GameSessionEntity = GameSessionEntity = __decorate([
    (0, typeorm_1.Entity)('game_sessions')
], GameSessionEntity);
//# sourceMappingURL=game-session.entity.js.map