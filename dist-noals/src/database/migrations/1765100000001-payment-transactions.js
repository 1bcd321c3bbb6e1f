"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaymentTransactions1765100000001 = void 0;
class PaymentTransactions1765100000001 {
    name = 'PaymentTransactions1765100000001';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE payment_methods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        type varchar(16) NOT NULL CHECK (type IN ('deposit', 'withdrawal')),
        name varchar(100) NOT NULL,
        provider_id varchar(32) NOT NULL,
        min_amount bigint NOT NULL CHECK (min_amount > 0),
        max_amount bigint NOT NULL,
        fee bigint NOT NULL DEFAULT 0 CHECK (fee >= 0),
        enabled boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT payment_methods_amount_range_check CHECK (max_amount >= min_amount)
      )`);
        await queryRunner.query(`CREATE INDEX payment_methods_brand_idx ON payment_methods (brand_id, type)`);
        await queryRunner.query(`
      CREATE TABLE payment_transactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        wallet_id uuid NOT NULL REFERENCES wallets(id) ON DELETE RESTRICT,
        method_id uuid NOT NULL REFERENCES payment_methods(id) ON DELETE RESTRICT,
        provider_id varchar(32) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN ('deposit', 'withdrawal')),
        amount bigint NOT NULL CHECK (amount > 0),
        currency char(3) NOT NULL,
        status varchar(24) NOT NULL CHECK (status IN ('started', 'card_requested',
          'credentials_requested', 'pending', 'pending_approval', 'completed', 'failed',
          'cancelled', 'approved', 'declined', 'refunded')),
        action varchar(24) CHECK (action IN ('add-card', 'select-card', 'provide-credentials',
          'redirect-to-url')),
        redirect_url varchar(2048),
        bonus_id varchar(64),
        success_url varchar(2048),
        failed_url varchar(2048),
        pending_url varchar(2048),
        cancel_url varchar(2048),
        card_last4 char(4),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE INDEX payment_transactions_user_idx
         ON payment_transactions (user_id, created_at DESC, id DESC)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE payment_transactions`);
        await queryRunner.query(`DROP TABLE payment_methods`);
    }
}
exports.PaymentTransactions1765100000001 = PaymentTransactions1765100000001;
//# sourceMappingURL=1765100000001-payment-transactions.js.map