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
exports.WalletsAdminController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const idempotent_decorator_1 = require("../../common/idempotency/idempotent.decorator");
const scopes_1 = require("../../common/scopes");
const wallet_dto_1 = require("./dto/wallet.dto");
const wallet_service_1 = require("./wallet.service");
/** Back-office access to the wallets of the caller's brand. */
let WalletsAdminController = class WalletsAdminController {
    wallets;
    constructor(wallets) {
        this.wallets = wallets;
    }
    async get(principal, userId) {
        const { wallet, deposited } = await this.wallets.getWithDepositedFlag(principal, userId);
        return wallet_dto_1.WalletDto.from(wallet, deposited);
    }
    async verify(principal, userId) {
        const result = await this.wallets.reconcile(principal, userId);
        return {
            consistent: result.consistent,
            real_balance: Number(result.realBalance),
            real_ledger_sum: Number(result.realLedgerSum),
            bonus_balance: Number(result.bonusBalance),
            bonus_ledger_sum: Number(result.bonusLedgerSum),
        };
    }
    async adjust(principal, userId, dto) {
        const entry = await this.wallets.adjust(principal, userId, dto.balance, BigInt(dto.amount), dto.reason);
        return wallet_dto_1.LedgerEntryDto.from(entry);
    }
};
exports.WalletsAdminController = WalletsAdminController;
__decorate([
    (0, common_1.Get)(':user_id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.WalletsRead),
    (0, swagger_1.ApiOperation)({ summary: "Read a player's balances" }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such player in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/wallet.dto").WalletDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('user_id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], WalletsAdminController.prototype, "get", null);
__decorate([
    (0, common_1.Get)(':user_id/verify'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.WalletsRead),
    (0, swagger_1.ApiOperation)({ summary: 'Check that each balance equals the sum of its ledger entries' }),
    (0, swagger_1.ApiNotFoundResponse)({
        description: 'No wallet of such a player in this brand',
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/wallet.dto").WalletReconciliationDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('user_id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], WalletsAdminController.prototype, "verify", null);
__decorate([
    (0, common_1.Post)(':user_id/adjustments'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.WalletsWrite),
    (0, idempotent_decorator_1.Idempotent)(),
    (0, swagger_1.ApiOperation)({ summary: 'Correct one balance by hand; the reason goes to the audit log' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such player in this brand', type: api_error_dto_1.ApiErrorDto }),
    (0, swagger_1.ApiUnprocessableEntityResponse)({
        description: 'insufficient_funds: the debit is larger than the balance',
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 201, type: require("./dto/wallet.dto").LedgerEntryDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('user_id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, wallet_dto_1.AdjustmentDto]),
    __metadata("design:returntype", Promise)
], WalletsAdminController.prototype, "adjust", null);
exports.WalletsAdminController = WalletsAdminController = __decorate([
    (0, swagger_1.ApiTags)('wallets'),
    (0, common_1.Controller)('wallets'),
    __metadata("design:paramtypes", [wallet_service_1.WalletService])
], WalletsAdminController);
//# sourceMappingURL=wallets-admin.controller.js.map