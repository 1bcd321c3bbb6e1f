"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Wallets1765100000000 = void 0;
class Wallets1765100000000 {
    name = 'Wallets1765100000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE wallets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT wallets_user_id_key UNIQUE
          REFERENCES users(id) ON DELETE RESTRICT,
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        currency char(3) NOT NULL,
        real_balance bigint NOT NULL DEFAULT 0 CONSTRAINT wallets_real_balance_check
          CHECK (real_balance >= 0),
        bonus_balance bigint NOT NULL DEFAULT 0 CONSTRAINT wallets_bonus_balance_check
          CHECK (bonus_balance >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`
      CREATE TABLE ledger_entries (
        id bigserial PRIMARY KEY,
        wallet_id uuid NOT NULL REFERENCES wallets(id) ON DELETE RESTRICT,
        type varchar(32) NOT NULL CHECK (type IN ('deposit', 'withdrawal', 'withdrawal_reversal',
          'bet', 'win', 'bonus_credit', 'bonus_conversion', 'bonus_forfeit', 'adjustment')),
        balance varchar(8) NOT NULL CHECK (balance IN ('real', 'bonus')),
        amount bigint NOT NULL CHECK (amount <> 0),
        balance_after bigint NOT NULL CHECK (balance_after >= 0),
        reference_type varchar(32),
        reference_id varchar(64),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE INDEX ledger_entries_wallet_idx ON ledger_entries (wallet_id, created_at DESC, id DESC)`);
        // Ledger entries are append-only: the database itself refuses to change or remove one.
        await queryRunner.query(`
      CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'ledger entries are append-only';
      END $$`);
        await queryRunner.query(`
      CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only()`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE ledger_entries`);
        await queryRunner.query(`DROP FUNCTION ledger_entries_append_only()`);
        await queryRunner.query(`DROP TABLE wallets`);
    }
}
exports.Wallets1765100000000 = Wallets1765100000000;
//# sourceMappingURL=1765100000000-wallets.js.map