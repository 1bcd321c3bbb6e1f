"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TransactionsModule = void 0;
const common_1 = require("@nestjs/common");
const bonuses_module_1 = require("../bonuses/bonuses.module");
const deposit_limits_module_1 = require("../limits/deposit-limits.module");
const payment_methods_module_1 = require("../payment-methods/payment-methods.module");
const wallet_module_1 = require("../wallet/wallet.module");
const callback_signature_guard_1 = require("./callbacks/callback-signature.guard");
const payment_callbacks_controller_1 = require("./callbacks/payment-callbacks.controller");
const payment_callbacks_repository_1 = require("./callbacks/payment-callbacks.repository");
const payment_callbacks_service_1 = require("./callbacks/payment-callbacks.service");
const payment_transactions_repository_1 = require("./payment-transactions.repository");
const transaction_status_service_1 = require("./transaction-status.service");
const transactions_controller_1 = require("./transactions.controller");
const transactions_service_1 = require("./transactions.service");
const withdrawal_approvals_service_1 = require("./withdrawal-approvals.service");
/** Deposits and withdrawals through the payment methods of a brand. */
let TransactionsModule = class TransactionsModule {
};
exports.TransactionsModule = TransactionsModule;
exports.TransactionsModule = TransactionsModule = __decorate([
    (0, common_1.Module)({
        imports: [wallet_module_1.WalletModule, payment_methods_module_1.PaymentMethodsModule, deposit_limits_module_1.DepositLimitsModule, bonuses_module_1.BonusesModule],
        controllers: [transactions_controller_1.TransactionsController, payment_callbacks_controller_1.PaymentCallbacksController],
        providers: [
            payment_transactions_repository_1.PaymentTransactionsRepository,
            transaction_status_service_1.TransactionStatusService,
            transactions_service_1.TransactionsService,
            withdrawal_approvals_service_1.WithdrawalApprovalsService,
            payment_callbacks_repository_1.PaymentCallbacksRepository,
            payment_callbacks_service_1.PaymentCallbacksService,
            callback_signature_guard_1.CallbackSignatureGuard,
        ],
    })
], TransactionsModule);
//# sourceMappingURL=transactions.module.js.map