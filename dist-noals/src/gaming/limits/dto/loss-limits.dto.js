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
exports.LimitsDto = exports.LossLimitsDto = exports.LossPeriodLimitDto = exports.UpdateLimitsDto = exports.UpdateLossLimitsDto = void 0;
const openapi = require("@nestjs/swagger");
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const deposit_limits_dto_1 = require("./deposit-limits.dto");
/**
 * Requested loss limits in minor units of the player's currency, with the fields and rules of
 * deposit limits: a number sets a period's limit, null removes it, an absent field keeps it.
 */
class UpdateLossLimitsDto extends deposit_limits_dto_1.UpdateDepositLimitsDto {
    static _OPENAPI_METADATA_FACTORY() {
        return {};
    }
}
exports.UpdateLossLimitsDto = UpdateLossLimitsDto;
/** The body of `PUT /users/me/limits`: deposit limits at the top level, loss limits in `loss`. */
class UpdateLimitsDto extends deposit_limits_dto_1.UpdateDepositLimitsDto {
    /** @example {"daily": 2000} */
    loss;
    static _OPENAPI_METADATA_FACTORY() {
        return { loss: { required: false, type: () => require("./loss-limits.dto").UpdateLossLimitsDto, example: { "daily": 2000 } } };
    }
}
exports.UpdateLimitsDto = UpdateLimitsDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsObject)({ message: 'loss must be an object with daily, weekly and monthly limits' }),
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => UpdateLossLimitsDto),
    __metadata("design:type", UpdateLossLimitsDto)
], UpdateLimitsDto.prototype, "loss", void 0);
class LossPeriodLimitDto {
    /**
     * The loss limit in force, in minor units; null when there is none.
     * @example 2000
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
     * Bets minus wins of the rounds within the window, in minor units; negative when ahead.
     * @example 500
     */
    net_loss;
    /**
     * Amount the player may still bet in the window; null when there is no limit.
     * @example 1500
     */
    remaining;
    static _OPENAPI_METADATA_FACTORY() {
        return { limit: { required: true, type: () => Number, nullable: true, description: "The loss limit in force, in minor units; null when there is none.", example: 2000 }, pending: { required: true, type: () => require("./deposit-limits.dto").PendingLimitDto, nullable: true, description: "A raise or removal waiting for the cooling-off period." }, window_seconds: { required: true, type: () => Number, description: "Length of the rolling window that ends now, in seconds.", example: 86400 }, net_loss: { required: true, type: () => Number, description: "Bets minus wins of the rounds within the window, in minor units; negative when ahead.", example: 500 }, remaining: { required: true, type: () => Number, nullable: true, description: "Amount the player may still bet in the window; null when there is no limit.", example: 1500 } };
    }
}
exports.LossPeriodLimitDto = LossPeriodLimitDto;
class LossLimitsDto {
    daily;
    weekly;
    monthly;
    static from(periods, windowSeconds) {
        return Object.fromEntries(periods.map((usage) => [usage.period, periodDto(usage, windowSeconds[usage.period])]));
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { daily: { required: true, type: () => require("./loss-limits.dto").LossPeriodLimitDto }, weekly: { required: true, type: () => require("./loss-limits.dto").LossPeriodLimitDto }, monthly: { required: true, type: () => require("./loss-limits.dto").LossPeriodLimitDto } };
    }
}
exports.LossLimitsDto = LossLimitsDto;
/** The player's limits: deposit limits per period at the top level, loss limits in `loss`. */
class LimitsDto extends deposit_limits_dto_1.DepositLimitsDto {
    loss;
    static _OPENAPI_METADATA_FACTORY() {
        return { loss: { required: true, type: () => require("./loss-limits.dto").LossLimitsDto } };
    }
}
exports.LimitsDto = LimitsDto;
function periodDto(usage, windowSeconds) {
    return {
        limit: numberOrNull(usage.limit),
        pending: usage.pending
            ? { limit: numberOrNull(usage.pending.amount), effective_at: usage.pending.effectiveAt }
            : null,
        window_seconds: windowSeconds,
        net_loss: Number(usage.netLoss),
        remaining: numberOrNull(usage.remaining),
    };
}
function numberOrNull(value) {
    return value === null ? null : Number(value);
}
//# sourceMappingURL=loss-limits.dto.js.map