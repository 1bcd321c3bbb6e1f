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
exports.WalletController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const scopes_1 = require("../../common/scopes");
const wallet_dto_1 = require("./dto/wallet.dto");
const wallet_service_1 = require("./wallet.service");
/** The calling player's own wallet. */
let WalletController = class WalletController {
    wallets;
    constructor(wallets) {
        this.wallets = wallets;
    }
    async get(principal) {
        const { wallet, deposited } = await this.wallets.getWithDepositedFlag(principal);
        return wallet_dto_1.WalletDto.from(wallet, deposited);
    }
    async ledger(principal, query) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        const [entries, total] = await this.wallets.findEntries(wallet, { type: query.type, from: query.from, to: query.to }, (query.page - 1) * query.per_page, query.per_page);
        return {
            data: entries.map((entry) => wallet_dto_1.LedgerEntryDto.from(entry)),
            page: query.page,
            per_page: query.per_page,
            total,
        };
    }
};
exports.WalletController = WalletController;
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.WalletRead),
    (0, swagger_1.ApiOperation)({ summary: "Read the player's balances" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/wallet.dto").WalletDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], WalletController.prototype, "get", null);
__decorate([
    (0, common_1.Get)('ledger'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.WalletRead),
    (0, swagger_1.ApiOperation)({ summary: "List the player's ledger entries, newest first" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/wallet.dto").LedgerPageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, wallet_dto_1.LedgerQueryDto]),
    __metadata("design:returntype", Promise)
], WalletController.prototype, "ledger", null);
exports.WalletController = WalletController = __decorate([
    (0, swagger_1.ApiTags)('wallet'),
    (0, common_1.Controller)('wallet'),
    __metadata("design:paramtypes", [wallet_service_1.WalletService])
], WalletController);
//# sourceMappingURL=wallet.controller.js.map