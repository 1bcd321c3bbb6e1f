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
exports.PaymentCallbacksService = void 0;
const common_1 = require("@nestjs/common");
const payment_transactions_repository_1 = require("../payment-transactions.repository");
const transaction_status_service_1 = require("../transaction-status.service");
const payment_callbacks_repository_1 = require("./payment-callbacks.repository");
/** Statuses, by transaction type, from which a provider's callback may finish a transaction. */
const WAITING_ON_PROVIDER = {
    deposit: ['pending', 'card_requested', 'credentials_requested'],
    // An approved withdrawal is being paid out. A pending_approval one waits on the back office.
    withdrawal: ['pending', 'approved'],
};
/**
 * Applies the asynchronous results that payment providers post. Each event is applied at most
 * once: a repeated event id, or an outcome for a transaction that no longer waits on the provider
 * (finished by a read that polled the provider, or by an earlier event), changes nothing.
 */
let PaymentCallbacksService = class PaymentCallbacksService {
    transactions;
    callbacks;
    statuses;
    constructor(transactions, callbacks, statuses) {
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.statuses = statuses;
    }
    async handle(providerId, dto) {
        const known = await this.transactions.findOfProvider(providerId, dto.transaction_id);
        if (!known) {
            throw new common_1.NotFoundException(`Transaction ${dto.transaction_id} of this payment provider was not found`);
        }
        return this.transactions.transaction(async (manager) => {
            const event = {
                providerId,
                eventId: dto.event_id,
                transactionId: known.id,
                outcome: dto.status,
            };
            // Locked before the event insert, whose foreign key would otherwise take a KEY SHARE lock
            // on the row that blocks another delivery's FOR UPDATE and deadlocks. The lock also orders
            // this change after any concurrent one, so the status read here is final.
            const transaction = await this.callbacks.lockTransaction(manager, known.id);
            const isNew = await this.callbacks.insertEvent(manager, event);
            if (!isNew || !waitsOnProvider(transaction)) {
                return { transaction, applied: false };
            }
            const changed = await this.statuses.change(transaction, transaction.status, { status: dto.status, action: null, redirectUrl: transaction.redirectUrl }, manager);
            await this.callbacks.markApplied(manager, providerId, dto.event_id);
            return { transaction: changed, applied: true };
        });
    }
};
exports.PaymentCallbacksService = PaymentCallbacksService;
exports.PaymentCallbacksService = PaymentCallbacksService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [payment_transactions_repository_1.PaymentTransactionsRepository,
        payment_callbacks_repository_1.PaymentCallbacksRepository,
        transaction_status_service_1.TransactionStatusService])
], PaymentCallbacksService);
function waitsOnProvider(transaction) {
    return WAITING_ON_PROVIDER[transaction.type].includes(transaction.status);
}
//# sourceMappingURL=payment-callbacks.service.js.map