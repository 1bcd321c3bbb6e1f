"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Bonuses1765300000000 = void 0;
class Bonuses1765300000000 {
    name = 'Bonuses1765300000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE bonus_offers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        name varchar(100) NOT NULL,
        description varchar(2000) NOT NULL DEFAULT '',
        image_url varchar(2048),
        terms_html text NOT NULL DEFAULT '',
        reward_type varchar(16) NOT NULL CHECK (reward_type IN ('bonus_money', 'free_spins')),
        amount_type varchar(16) NOT NULL CHECK (amount_type IN ('fixed', 'percentage')),
        amount bigint CHECK (amount > 0),
        percentage integer CHECK (percentage > 0),
        max_amount bigint CHECK (max_amount > 0),
        wager_multiplier integer NOT NULL CHECK (wager_multiplier > 0),
        activation_type varchar(8) NOT NULL CHECK (activation_type IN ('manual', 'deposit')),
        min_deposit bigint CHECK (min_deposit >= 0),
        game_ids uuid[] NOT NULL DEFAULT '{}',
        valid_from timestamptz NOT NULL,
        valid_to timestamptz NOT NULL,
        wagering_seconds integer NOT NULL CHECK (wagering_seconds > 0),
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (valid_to > valid_from)
      )`);
        await queryRunner.query(`CREATE INDEX bonus_offers_brand_idx ON bonus_offers (brand_id, created_at DESC, id DESC)`);
        // A player takes each offer at most once, which also makes concurrent claims of one offer
        // meet on one row.
        await queryRunner.query(`
      CREATE TABLE player_bonuses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        offer_id uuid NOT NULL REFERENCES bonus_offers(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        status varchar(12) NOT NULL DEFAULT 'available'
          CHECK (status IN ('available', 'active', 'claimed', 'forfeited', 'expired')),
        amount bigint CHECK (amount > 0),
        balance bigint NOT NULL DEFAULT 0 CHECK (balance >= 0),
        wager_goal bigint CHECK (wager_goal > 0),
        wagered bigint NOT NULL DEFAULT 0 CHECK (wagered >= 0),
        transaction_id uuid,
        activated_at timestamptz,
        expires_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (offer_id, user_id)
      )`);
        await queryRunner.query(`CREATE INDEX player_bonuses_user_idx ON player_bonuses (user_id, status, created_at DESC)`);
        await queryRunner.query(`CREATE INDEX player_bonuses_expiry_idx ON player_bonuses (expires_at) WHERE status = 'active'`);
        // Wagering reads the bonus-money part of a bet from the round's ledger entries.
        await queryRunner.query(`CREATE INDEX ledger_entries_reference_idx ON ledger_entries (reference_type, reference_id)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX ledger_entries_reference_idx`);
        await queryRunner.query(`DROP TABLE player_bonuses`);
        await queryRunner.query(`DROP TABLE bonus_offers`);
    }
}
exports.Bonuses1765300000000 = Bonuses1765300000000;
//# sourceMappingURL=1765300000000-bonuses.js.map