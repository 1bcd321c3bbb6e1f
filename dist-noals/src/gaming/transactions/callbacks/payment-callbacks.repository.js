"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaymentCallbacksRepository = void 0;
const common_1 = require("@nestjs/common");
const payment_transaction_entity_1 = require("../payment-transaction.entity");
/** The provider events received by callbacks, kept so that a redelivered event changes nothing. */
let PaymentCallbacksRepository = class PaymentCallbacksRepository {
    /**
     * Inserts the event unless its provider and event id are already stored. Returns false for a
     * repeat, also when the first delivery commits while this one waits on the primary key.
     */
    async insertEvent(manager, event) {
        const rows = await manager.query(`INSERT INTO payment_callback_events (provider_id, event_id, transaction_id, outcome, applied)
       VALUES ($1, $2, $3, $4, false)
       ON CONFLICT (provider_id, event_id) DO NOTHING
       RETURNING event_id`, [event.providerId, event.eventId, event.transactionId, event.outcome]);
        return rows.length === 1;
    }
    async markApplied(manager, providerId, eventId) {
        await manager.query(`UPDATE payment_callback_events SET applied = true WHERE provider_id = $1 AND event_id = $2`, [providerId, eventId]);
    }
    /** Reads the transaction and locks its row until the database transaction ends. */
    lockTransaction(manager, id) {
        return manager.findOneOrFail(payment_transaction_entity_1.PaymentTransactionEntity, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
        });
    }
};
exports.PaymentCallbacksRepository = PaymentCallbacksRepository;
exports.PaymentCallbacksRepository = PaymentCallbacksRepository = __decorate([
    (0, common_1.Injectable)()
], PaymentCallbacksRepository);
//# sourceMappingURL=payment-callbacks.repository.js.map