"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaymentCallbackEvents1765100000005 = void 0;
class PaymentCallbackEvents1765100000005 {
    name = 'PaymentCallbackEvents1765100000005';
    async up(queryRunner) {
        // One row per provider event that was applied or acknowledged; the primary key makes a
        // redelivered event id a no-op, even when deliveries run concurrently.
        await queryRunner.query(`
      CREATE TABLE payment_callback_events (
        provider_id varchar(32) NOT NULL,
        event_id varchar(128) NOT NULL,
        transaction_id uuid NOT NULL REFERENCES payment_transactions(id) ON DELETE CASCADE,
        outcome varchar(24) NOT NULL,
        applied boolean NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider_id, event_id)
      )`);
        await queryRunner.query(`CREATE INDEX payment_callback_events_transaction_idx ON payment_callback_events (transaction_id)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE payment_callback_events`);
    }
}
exports.PaymentCallbackEvents1765100000005 = PaymentCallbackEvents1765100000005;
//# sourceMappingURL=1765100000005-payment-callback-events.js.map