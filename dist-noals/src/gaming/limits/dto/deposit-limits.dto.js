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
exports.DepositLimitsDto = exports.PeriodLimitDto = exports.PendingLimitDto = exports.UpdateDepositLimitsDto = exports.MAX_DEPOSIT_LIMIT = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
/** Largest limit a player may set: 10^13 minor units, far inside a JS number's exact range. */
exports.MAX_DEPOSIT_LIMIT = 10_000_000_000_000;
const LIMIT_MESSAGE = (field) => `${field} must be null or an integer number of minor units between 0 and ${exports.MAX_DEPOSIT_LIMIT}`;
/**
 * Requested deposit limits in minor units of the player's currency: a number sets a period's
 * limit, null removes it, and an absent field leaves it as it is.
 */
class UpdateDepositLimitsDto {
    /** @example 5000 */
    daily;
    /** @example 20000 */
    weekly;
    /** @example 50000 */
    monthly;
    toChanges() {
        const changes = {};
        for (const period of ['daily', 'weekly', 'monthly']) {
            const value = this[period];
            if (value !== undefined) {
                changes[period] = value === null ? null : BigInt(value);
            }
        }
        return changes;
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { daily: { required: false, type: () => Number, nullable: true, example: 5000, minimum: 0, maximum: exports.MAX_DEPOSIT_LIMIT }, weekly: { required: false, type: () => Number, nullable: true, example: 20000, minimum: 0, maximum: exports.MAX_DEPOSIT_LIMIT }, monthly: { required: false, type: () => Number, nullable: true, example: 50000, minimum: 0, maximum: exports.MAX_DEPOSIT_LIMIT } };
    }
}
exports.UpdateDepositLimitsDto = UpdateDepositLimitsDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: LIMIT_MESSAGE('daily') }),
    (0, class_validator_1.Min)(0, { message: LIMIT_MESSAGE('daily') }),
    (0, class_validator_1.Max)(exports.MAX_DEPOSIT_LIMIT, { message: LIMIT_MESSAGE('daily') }),
    __metadata("design:type", Object)
], UpdateDepositLimitsDto.prototype, "daily", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: LIMIT_MESSAGE('weekly') }),
    (0, class_validator_1.Min)(0, { message: LIMIT_MESSAGE('weekly') }),
    (0, class_validator_1.Max)(exports.MAX_DEPOSIT_LIMIT, { message: LIMIT_MESSAGE('weekly') }),
    __metadata("design:type", Object)
], UpdateDepositLimitsDto.prototype, "weekly", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)({ message: LIMIT_MESSAGE('monthly') }),
    (0, class_validator_1.Min)(0, { message: LIMIT_MESSAGE('monthly') }),
    (0, class_validator_1.Max)(exports.MAX_DEPOSIT_LIMIT, { message: LIMIT_MESSAGE('monthly') }),
    __metadata("design:type", Object)
], UpdateDepositLimitsDto.prototype, "monthly", void 0);
class PendingLimitDto {
    /**
     * The limit once the cooling-off ends, in minor units; null when the limit is being removed.
     * @example 100000
     */
    limit;
    /** @example "2026-01-16T09:30:00.000Z" */
    effective_at;
    static _OPENAPI_METADATA_FACTORY() {
        return { limit: { required: true, type: () => Number, nullable: true, description: "The limit once the cooling-off ends, in minor units; null when the limit is being removed.", example: 100000 }, effective_at: { required: true, type: () => Date, example: "2026-01-16T09:30:00.000Z" } };
    }
}
exports.PendingLimitDto = PendingLimitDto;
class PeriodLimitDto {
    /**
     * The limit in force, in minor units; null when there is none.
     * @example 50000
     */
    limit;
    /** A raise or removal waiting for the cooling-off period. */
    pending;
    /**
     * Length of the rolling window that ends now, in seconds.
     * @example 86400
     */
    window_seconds;
    /**
     * Deposits credited within the window, in minor units.
     * @example 15000
     */
    deposited;
    /**
     * Amount the player may still deposit in the window; null when there is no limit.
     * @example 35000
     */
    remaining;
    static _OPENAPI_METADATA_FACTORY() {
        return { limit: { required: true, type: () => Number, nullable: true, description: "The limit in force, in minor units; null when there is none.", example: 50000 }, pending: { required: true, type: () => require("./deposit-limits.dto").PendingLimitDto, nullable: true, description: "A raise or removal waiting for the cooling-off period." }, window_seconds: { required: true, type: () => Number, description: "Length of the rolling window that ends now, in seconds.", example: 86400 }, deposited: { required: true, type: () => Number, description: "Deposits credited within the window, in minor units.", example: 15000 }, remaining: { required: true, type: () => Number, nullable: true, description: "Amount the player may still deposit in the window; null when there is no limit.", example: 35000 } };
    }
}
exports.PeriodLimitDto = PeriodLimitDto;
class DepositLimitsDto {
    /**
     * ISO 4217 currency of every amount.
     * @example "EUR"
     */
    currency;
    daily;
    weekly;
    monthly;
    static from(view, windowSeconds) {
        const byPeriod = Object.fromEntries(view.periods.map((usage) => [usage.period, periodDto(usage, windowSeconds[usage.period])]));
        return { currency: view.currency, ...byPeriod };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { currency: { required: true, type: () => String, description: "ISO 4217 currency of every amount.", example: "EUR" }, daily: { required: true, type: () => require("./deposit-limits.dto").PeriodLimitDto }, weekly: { required: true, type: () => require("./deposit-limits.dto").PeriodLimitDto }, monthly: { required: true, type: () => require("./deposit-limits.dto").PeriodLimitDto } };
    }
}
exports.DepositLimitsDto = DepositLimitsDto;
function periodDto(usage, windowSeconds) {
    return {
        limit: numberOrNull(usage.limit),
        pending: usage.pending
            ? { limit: numberOrNull(usage.pending.amount), effective_at: usage.pending.effectiveAt }
            : null,
        window_seconds: windowSeconds,
        deposited: Number(usage.deposited),
        remaining: numberOrNull(usage.remaining),
    };
}
function numberOrNull(value) {
    return value === null ? null : Number(value);
}
//# sourceMappingURL=deposit-limits.dto.js.map