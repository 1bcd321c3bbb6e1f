"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DepositLimitsModule = void 0;
const common_1 = require("@nestjs/common");
const users_module_1 = require("../../users/users.module");
const deposit_limits_controller_1 = require("./deposit-limits.controller");
const deposit_limits_repository_1 = require("./deposit-limits.repository");
const deposit_limits_service_1 = require("./deposit-limits.service");
const loss_limits_repository_1 = require("./loss-limits.repository");
const loss_limits_service_1 = require("./loss-limits.service");
/**
 * Responsible-gaming limits. Deposits call DepositLimitsService before crediting; game rounds
 * call LossLimitsService before debiting a bet.
 */
let DepositLimitsModule = class DepositLimitsModule {
};
exports.DepositLimitsModule = DepositLimitsModule;
exports.DepositLimitsModule = DepositLimitsModule = __decorate([
    (0, common_1.Module)({
        imports: [users_module_1.UsersModule],
        controllers: [deposit_limits_controller_1.DepositLimitsController],
        providers: [
            deposit_limits_repository_1.DepositLimitsRepository,
            deposit_limits_service_1.DepositLimitsService,
            loss_limits_repository_1.LossLimitsRepository,
            loss_limits_service_1.LossLimitsService,
        ],
        exports: [deposit_limits_service_1.DepositLimitsService, loss_limits_service_1.LossLimitsService],
    })
], DepositLimitsModule);
//# sourceMappingURL=deposit-limits.module.js.map