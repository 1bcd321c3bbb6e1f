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
exports.DepositLimitEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/**
 * A player's deposit limit for one period, in minor units of the player's currency. A raise or a
 * removal waits until `pendingEffectiveAt`; until then `amount` stays the limit. Rows are read
 * through DepositLimitsRepository, which applies a pending change whose time has come.
 */
let DepositLimitEntity = class DepositLimitEntity {
    userId;
    period;
    brandId;
    /** The limit in force; null when the period has none. */
    amount;
    /** The limit after the pending change; null with a pending time means removal. */
    pendingAmount;
    pendingEffectiveAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { userId: { required: true, type: () => String }, period: { required: true, enum: ["daily", "weekly", "monthly"] }, brandId: { required: true, type: () => String }, amount: { required: true, type: () => String, nullable: true, description: "The limit in force; null when the period has none." }, pendingAmount: { required: true, type: () => String, nullable: true, description: "The limit after the pending change; null with a pending time means removal." }, pendingEffectiveAt: { required: true, type: () => Date, nullable: true }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.DepositLimitEntity = DepositLimitEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'user_id', type: 'uuid' }),
    __metadata("design:type", String)
], DepositLimitEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'varchar', length: 8 }),
    __metadata("design:type", String)
], DepositLimitEntity.prototype, "period", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], DepositLimitEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], DepositLimitEntity.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'pending_amount', type: 'bigint', nullable: true }),
    __metadata("design:type", Object)
], DepositLimitEntity.prototype, "pendingAmount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'pending_effective_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], DepositLimitEntity.prototype, "pendingEffectiveAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], DepositLimitEntity.prototype, "updatedAt", void 0);
exports.DepositLimitEntity = DepositLimitEntity = __decorate([
    (0, typeorm_1.Entity)('deposit_limits')
], DepositLimitEntity);
//# sourceMappingURL=deposit-limit.entity.js.map