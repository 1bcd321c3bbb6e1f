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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DepositLimitsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const deposit_limit_periods_1 = require("./deposit-limit-periods");
const deposit_limits_service_1 = require("./deposit-limits.service");
const deposit_limits_dto_1 = require("./dto/deposit-limits.dto");
const loss_limits_dto_1 = require("./dto/loss-limits.dto");
const loss_limits_service_1 = require("./loss-limits.service");
/** The calling player's own responsible-gaming deposit and loss limits. */
let DepositLimitsController = class DepositLimitsController {
    limits;
    lossLimits;
    constructor(limits, lossLimits) {
        this.limits = limits;
        this.lossLimits = lossLimits;
    }
    async get(principal) {
        const deposit = deposit_limits_dto_1.DepositLimitsDto.from(await this.limits.getOwn(principal), deposit_limit_periods_1.PERIOD_SECONDS);
        const loss = loss_limits_dto_1.LossLimitsDto.from(await this.lossLimits.getOwn(principal), deposit_limit_periods_1.PERIOD_SECONDS);
        return { ...deposit, loss };
    }
    async put(principal, dto) {
        // Two transactions: the body is fully validated first, so only a database failure could
        // apply the deposit limits without the loss limits.
        const deposit = await this.limits.updateOwn(principal, dto.toChanges());
        const loss = await this.lossLimits.updateOwn(principal, dto.loss?.toChanges() ?? {});
        return {
            ...deposit_limits_dto_1.DepositLimitsDto.from(deposit, deposit_limit_periods_1.PERIOD_SECONDS),
            loss: loss_limits_dto_1.LossLimitsDto.from(loss, deposit_limit_periods_1.PERIOD_SECONDS),
        };
    }
};
exports.DepositLimitsController = DepositLimitsController;
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.LimitsRead),
    (0, swagger_1.ApiOperation)({
        summary: "Read the player's deposit and loss limits",
        description: 'Each period is a rolling window ending now: 24 hours, 7 days or 30 days. Deposit limits ' +
            'are at the top level with the deposited and remaining amounts; loss limits are in `loss` ' +
            'with the net loss (bets minus wins) and the amount that may still be bet. Amounts are in ' +
            'minor units of the player currency.',
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/loss-limits.dto").LimitsDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], DepositLimitsController.prototype, "get", null);
__decorate([
    (0, common_1.Put)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.LimitsWrite),
    (0, swagger_1.ApiOperation)({
        summary: "Set the player's deposit and loss limits",
        description: 'Deposit limits at the top level, loss limits in `loss`. A number sets a limit, null ' +
            'removes it, an absent field keeps it. Lowering a limit or setting a first one applies at ' +
            'once; raising or removing one applies after the cooling-off period and shows as pending ' +
            'until then.',
    }),
    (0, swagger_1.ApiBadRequestResponse)({ description: 'A limit is not a valid amount', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/loss-limits.dto").LimitsDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, loss_limits_dto_1.UpdateLimitsDto]),
    __metadata("design:returntype", Promise)
], DepositLimitsController.prototype, "put", null);
exports.DepositLimitsController = DepositLimitsController = __decorate([
    (0, swagger_1.ApiTags)('limits'),
    (0, common_1.Controller)('users/me/limits'),
    __metadata("design:paramtypes", [deposit_limits_service_1.DepositLimitsService,
        loss_limits_service_1.LossLimitsService])
], DepositLimitsController);
//# sourceMappingURL=deposit-limits.controller.js.map