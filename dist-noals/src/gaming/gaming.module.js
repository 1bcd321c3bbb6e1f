"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GamingModule = void 0;
const common_1 = require("@nestjs/common");
const bonuses_module_1 = require("./bonuses/bonuses.module");
const games_module_1 = require("./games/games.module");
const deposit_limits_module_1 = require("./limits/deposit-limits.module");
const payment_methods_module_1 = require("./payment-methods/payment-methods.module");
const transactions_module_1 = require("./transactions/transactions.module");
const wallet_module_1 = require("./wallet/wallet.module");
/** The gaming resources: wallets, payment transactions, games and game sessions, bonuses. */
let GamingModule = class GamingModule {
};
exports.GamingModule = GamingModule;
exports.GamingModule = GamingModule = __decorate([
    (0, common_1.Module)({
        imports: [
            wallet_module_1.WalletModule,
            deposit_limits_module_1.DepositLimitsModule,
            payment_methods_module_1.PaymentMethodsModule,
            transactions_module_1.TransactionsModule,
            games_module_1.GamesModule,
            bonuses_module_1.BonusesModule,
        ],
    })
], GamingModule);
//# sourceMappingURL=gaming.module.js.map