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
exports.TransactionStatusService = void 0;
exports.invalidTransition = invalidTransition;
const common_1 = require("@nestjs/common");
const api_exception_1 = require("../../common/errors/api.exception");
const bonus_deposits_service_1 = require("../bonuses/bonus-deposits.service");
const wallet_service_1 = require("../wallet/wallet.service");
const payment_transactions_repository_1 = require("./payment-transactions.repository");
/** Statuses after which a withdrawal's debited amount goes back to the player. */
const WITHDRAWAL_REVERSED = new Set([
    'failed',
    'cancelled',
    'declined',
]);
/** Builds the 409 `invalid_transition` error, whose message names the status and the rejected change. */
function invalidTransition(message) {
    return new api_exception_1.ApiException(409, 'invalid_transition', message);
}
/**
 * Changes a transaction's status together with the money movement the new status implies, in
 * one database transaction: a completed deposit credits `real`, sets the player's `deposited`
 * flag and activates the deposit bonus it was started with, and a failed, cancelled or declined
 * withdrawal gives its debited amount back.
 */
let TransactionStatusService = class TransactionStatusService {
    transactions;
    wallets;
    bonusDeposits;
    constructor(transactions, wallets, bonusDeposits) {
        this.transactions = transactions;
        this.wallets = wallets;
        this.bonusDeposits = bonusDeposits;
    }
    /**
     * Moves `transaction` from `expected` to the new status. The status is changed by a conditional
     * UPDATE, so a concurrent change of the same transaction makes this one fail with 409 and move
     * no money. Runs in the caller's database transaction when `manager` is given.
     */
    async change(transaction, expected, change, manager) {
        if (!manager) {
            return this.transactions.transaction((inner) => this.change(transaction, expected, change, inner));
        }
        if (change.status === expected) {
            return transaction;
        }
        const changed = await this.transactions.changeStatus(manager, transaction.id, expected, change);
        if (!changed) {
            const current = await this.transactions.findById(transaction.id);
            throw invalidTransition(`Transaction ${transaction.id} is ${current.status}, not ${expected}, so it cannot become ${change.status}`);
        }
        await this.moveMoney(manager, changed);
        return changed;
    }
    async moveMoney(manager, transaction) {
        const credit = transaction.type === 'deposit' && transaction.status === 'completed';
        const reversal = transaction.type === 'withdrawal' && WITHDRAWAL_REVERSED.has(transaction.status);
        if (!credit && !reversal) {
            return;
        }
        const wallet = await this.transactions.findWallet(manager, transaction.walletId);
        await this.wallets.move({
            wallet,
            balance: 'real',
            amount: BigInt(transaction.amount),
            type: credit ? 'deposit' : 'withdrawal_reversal',
            referenceType: 'transaction',
            referenceId: transaction.id,
        }, manager);
        if (credit) {
            await this.transactions.markDeposited(manager, transaction.userId);
        }
        if (credit && transaction.bonusId) {
            await this.bonusDeposits.activateForDeposit(manager, wallet, {
                id: transaction.id,
                userId: transaction.userId,
                walletId: transaction.walletId,
                amount: BigInt(transaction.amount),
                bonusId: transaction.bonusId,
            });
        }
    }
};
exports.TransactionStatusService = TransactionStatusService;
exports.TransactionStatusService = TransactionStatusService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [payment_transactions_repository_1.PaymentTransactionsRepository,
        wallet_service_1.WalletService,
        bonus_deposits_service_1.BonusDepositsService])
], TransactionStatusService);
//# sourceMappingURL=transaction-status.service.js.map