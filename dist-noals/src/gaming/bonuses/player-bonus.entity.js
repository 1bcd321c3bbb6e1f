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
exports.PlayerBonusEntity = exports.BONUS_STATUSES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
exports.BONUS_STATUSES = ['available', 'active', 'claimed', 'forfeited', 'expired'];
/**
 * One player's copy of a bonus offer. `amount`, `wager_goal` and `expires_at` are set when the
 * bonus becomes active. `balance` is the part of the bonus money not yet spent on bets, in
 * minor units.
 */
let PlayerBonusEntity = class PlayerBonusEntity {
    id;
    brandId;
    offerId;
    userId;
    status;
    amount;
    balance;
    wagerGoal;
    wagered;
    /** The deposit that triggered the bonus, for a deposit bonus. */
    transactionId;
    activatedAt;
    expiresAt;
    finishedAt;
    createdAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, offerId: { required: true, type: () => String }, userId: { required: true, type: () => String }, status: { required: true, enum: ["active", "claimed", "available", "forfeited", "expired"] }, amount: { required: true, type: () => String, nullable: true }, balance: { required: true, type: () => String }, wagerGoal: { required: true, type: () => String, nullable: true }, wagered: { required: true, type: () => String }, transactionId: { required: true, type: () => String, nullable: true, description: "The deposit that triggered the bonus, for a deposit bonus." }, activatedAt: { required: true, type: () => Date, nullable: true }, expiresAt: { required: true, type: () => Date, nullable: true }, finishedAt: { required: true, type: () => Date, nullable: true }, createdAt: { required: true, type: () => Date } };
    }
};
exports.PlayerBonusEntity = PlayerBonusEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'offer_id', type: 'uuid' }),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "offerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid' }),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 12 }),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], PlayerBonusEntity.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "balance", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wager_goal', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], PlayerBonusEntity.prototype, "wagerGoal", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], PlayerBonusEntity.prototype, "wagered", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'transaction_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], PlayerBonusEntity.prototype, "transactionId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'activated_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], PlayerBonusEntity.prototype, "activatedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'expires_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], PlayerBonusEntity.prototype, "expiresAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'finished_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], PlayerBonusEntity.prototype, "finishedAt", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PlayerBonusEntity.prototype, "createdAt", void 0);
exports.PlayerBonusEntity = PlayerBonusEntity = __decorate([
    (0, typeorm_1.Entity)('player_bonuses')
], PlayerBonusEntity);
//# sourceMappingURL=player-bonus.entity.js.map