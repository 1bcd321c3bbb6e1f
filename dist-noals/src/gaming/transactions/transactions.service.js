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
exports.TransactionsService = void 0;
const node_crypto_1 = require("node:crypto");
const common_1 = require("@nestjs/common");
const api_exception_1 = require("../../common/errors/api.exception");
const bonus_deposits_service_1 = require("../bonuses/bonus-deposits.service");
const validation_failed_exception_1 = require("../../common/errors/validation-failed.exception");
const payment_methods_service_1 = require("../payment-methods/payment-methods.service");
const deposit_limits_service_1 = require("../limits/deposit-limits.service");
const wallet_service_1 = require("../wallet/wallet.service");
const payment_transaction_entity_1 = require("./payment-transaction.entity");
const payment_transactions_repository_1 = require("./payment-transactions.repository");
const transaction_status_service_1 = require("./transaction-status.service");
/** A player's deposits and withdrawals: start, complete a requested action, cancel, list and read. */
let TransactionsService = class TransactionsService {
    transactions;
    statuses;
    methods;
    wallets;
    limits;
    bonusDeposits;
    constructor(transactions, statuses, methods, wallets, limits, bonusDeposits) {
        this.transactions = transactions;
        this.statuses = statuses;
        this.methods = methods;
        this.wallets = wallets;
        this.limits = limits;
        this.bonusDeposits = bonusDeposits;
    }
    /**
     * Starts a transaction. A withdrawal debits `real` in the same database transaction as the row
     * is inserted, so when the balance is short (422 `insufficient_funds`) no row is left behind.
     */
    async start(principal, dto) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        const method = await this.usableMethod(principal, dto);
        await this.assertUsableBonus(wallet, dto);
        const provider = this.methods.providerOf(method.providerId);
        const draft = newTransaction(wallet, method, dto);
        const outcome = await provider.start(toProvider(draft));
        return this.transactions.transaction(async (manager) => {
            if (draft.type === 'deposit') {
                // Inside the transaction: the check locks the wallet row, so concurrent deposits queue.
                await this.limits.assertDepositAllowed(wallet.userId, wallet.brandId, BigInt(dto.amount), manager, {
                    uncredited: (locked) => this.transactions.sumUncreditedDeposits(locked, wallet.userId),
                });
            }
            await this.transactions.insert(manager, draft);
            if (draft.type === 'withdrawal') {
                await this.wallets.move({
                    wallet,
                    balance: 'real',
                    amount: -BigInt(dto.amount),
                    type: 'withdrawal',
                    referenceType: 'transaction',
                    referenceId: draft.id,
                }, manager);
            }
            const started = await manager.findOneByOrFail(payment_transaction_entity_1.PaymentTransactionEntity, { id: draft.id });
            return this.statuses.change(started, 'started', outcome, manager);
        });
    }
    /** Completes the action the transaction requested, or cancels a waiting withdrawal. */
    async update(principal, id, dto) {
        const transaction = await this.getOwn(principal, id);
        if (dto.action === 'cancel') {
            return this.cancel(transaction);
        }
        if (transaction.action !== dto.action || !awaitsPlayer(transaction)) {
            throw (0, transaction_status_service_1.invalidTransition)(awaitsPlayer(transaction)
                ? `Transaction ${id} asks for ${transaction.action}, not ${dto.action}`
                : `Transaction ${id} is ${transaction.status} and asks for no action`);
        }
        const input = actionInput(dto);
        const provider = this.methods.providerOf(transaction.providerId);
        const outcome = await provider.completeAction(toProvider(transaction), input);
        const cardLast4 = input.action === 'add-card' ? input.cardNumber.slice(-4) : undefined;
        return this.statuses.change(transaction, transaction.status, { ...outcome, cardLast4 });
    }
    cancel(transaction) {
        const cancellable = transaction.type === 'withdrawal' &&
            (transaction.status === 'pending' || transaction.status === 'pending_approval');
        if (!cancellable) {
            throw (0, transaction_status_service_1.invalidTransition)(`Only a withdrawal that is pending or pending_approval can be cancelled; transaction ${transaction.id} is a ${transaction.type} and ${transaction.status}`);
        }
        return this.statuses.change(transaction, transaction.status, {
            status: 'cancelled',
            action: null,
            redirectUrl: null,
        });
    }
    /**
     * Returns the player's transaction, first asking its provider about it while it waits on the
     * provider (`pending`, or an `approved` withdrawal being paid out).
     */
    async get(principal, id) {
        const transaction = await this.getOwn(principal, id);
        if (transaction.status !== 'pending' && transaction.status !== 'approved') {
            return transaction;
        }
        const provider = this.methods.providerOf(transaction.providerId);
        const status = await provider.checkStatus(toProvider(transaction), transaction.status);
        if (status === transaction.status) {
            return transaction;
        }
        const change = { status, action: null, redirectUrl: transaction.redirectUrl };
        return (this.statuses
            .change(transaction, transaction.status, change)
            // A concurrent read applied the provider's status first, so return the stored row.
            .catch((error) => {
            if (error instanceof api_exception_1.ApiException && error.code === 'invalid_transition') {
                return this.transactions.findById(id);
            }
            throw error;
        }));
    }
    async list(principal, query) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        const [data, total] = await this.transactions.listOfUser(wallet.userId, { type: query.type, status: query.status, from: query.from, to: query.to }, (query.page - 1) * query.per_page, query.per_page);
        return { data, page: query.page, per_page: query.per_page, total };
    }
    async getOwn(principal, id) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        const transaction = await this.transactions.findOfUser(wallet.userId, id);
        if (!transaction) {
            throw new common_1.NotFoundException(`Transaction ${id} was not found`);
        }
        return transaction;
    }
    /** Checks `bonus_id`, which only a deposit may carry, before any money moves. */
    async assertUsableBonus(wallet, dto) {
        if (dto.bonus_id === undefined) {
            return;
        }
        if (dto.type !== 'deposit') {
            throw new validation_failed_exception_1.ValidationFailedException({ bonus_id: ['bonus_id applies only to a deposit'] });
        }
        await this.bonusDeposits.assertUsable(wallet, dto.bonus_id, BigInt(dto.amount));
    }
    /** Returns the enabled method of the request's type, checking the provider and the amount. */
    async usableMethod(principal, dto) {
        const method = await this.methods.findInBrand(principal, dto.method_id);
        if (!method || !method.enabled || method.type !== dto.type) {
            throw new validation_failed_exception_1.ValidationFailedException({
                method_id: [`method_id must be an enabled ${dto.type} method of this brand`],
            });
        }
        if (dto.provider_id !== undefined && dto.provider_id !== method.providerId) {
            throw new validation_failed_exception_1.ValidationFailedException({
                provider_id: [`provider_id must be ${method.providerId}, the provider of this method`],
            });
        }
        if (dto.amount < Number(method.minAmount) || dto.amount > Number(method.maxAmount)) {
            throw new validation_failed_exception_1.ValidationFailedException({
                amount: [
                    `amount must be between ${method.minAmount} and ${method.maxAmount} minor units for this method`,
                ],
            });
        }
        return method;
    }
};
exports.TransactionsService = TransactionsService;
exports.TransactionsService = TransactionsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [payment_transactions_repository_1.PaymentTransactionsRepository,
        transaction_status_service_1.TransactionStatusService,
        payment_methods_service_1.PaymentMethodsService,
        wallet_service_1.WalletService,
        deposit_limits_service_1.DepositLimitsService,
        bonus_deposits_service_1.BonusDepositsService])
], TransactionsService);
function newTransaction(wallet, method, dto) {
    return {
        id: (0, node_crypto_1.randomUUID)(),
        brandId: wallet.brandId,
        userId: wallet.userId,
        walletId: wallet.id,
        methodId: method.id,
        providerId: method.providerId,
        type: dto.type,
        amount: String(dto.amount),
        currency: wallet.currency,
        status: 'started',
        action: null,
        redirectUrl: null,
        bonusId: dto.bonus_id ?? null,
        successUrl: dto.success_url ?? null,
        failedUrl: dto.failed_url ?? null,
        pendingUrl: dto.pending_url ?? null,
        cancelUrl: dto.cancel_url ?? null,
        cardLast4: null,
    };
}
function toProvider(transaction) {
    return {
        id: transaction.id,
        type: transaction.type,
        amount: BigInt(transaction.amount),
        currency: transaction.currency,
        successUrl: transaction.successUrl,
    };
}
function awaitsPlayer(transaction) {
    return transaction.status === 'card_requested' || transaction.status === 'credentials_requested';
}
function actionInput(dto) {
    switch (dto.action) {
        case 'add-card':
            return {
                action: 'add-card',
                cardNumber: dto.card_number.replace(/\D/g, ''),
                expiry: dto.expiry,
                cvv: dto.cvv,
            };
        case 'select-card':
            return { action: 'select-card', cardId: dto.card_id };
        default:
            return {
                action: 'provide-credentials',
                username: dto.username,
                password: dto.password,
            };
    }
}
//# sourceMappingURL=transactions.service.js.map