"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GameSessions1765200000000 = void 0;
class GameSessions1765200000000 {
    name = 'GameSessions1765200000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE games (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        name varchar(100) NOT NULL,
        provider varchar(64) NOT NULL,
        category varchar(64) NOT NULL,
        counts_for_wagering boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE INDEX games_brand_idx ON games (brand_id, created_at)`);
        // Totals are kept on the session row; every round updates it, which also queues the rounds
        // of one session behind each other.
        await queryRunner.query(`
      CREATE TABLE game_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        game_id uuid NOT NULL REFERENCES games(id) ON DELETE RESTRICT,
        wallet_id uuid NOT NULL REFERENCES wallets(id) ON DELETE CASCADE,
        status varchar(8) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
        amount bigint NOT NULL CHECK (amount >= 0),
        bet bigint NOT NULL DEFAULT 0 CHECK (bet >= 0),
        win bigint NOT NULL DEFAULT 0 CHECK (win >= 0),
        amount_after bigint NOT NULL CHECK (amount_after >= 0),
        reality_check integer NOT NULL DEFAULT 0,
        start_date timestamptz NOT NULL DEFAULT now(),
        end_date timestamptz
      )`);
        await queryRunner.query(`CREATE INDEX game_sessions_user_idx ON game_sessions (user_id, start_date DESC)`);
        // A round id is the provider's; claiming it with INSERT ... ON CONFLICT makes a repeated
        // report return the stored result instead of moving money twice.
        await queryRunner.query(`
      CREATE TABLE game_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        provider varchar(64) NOT NULL,
        round_id varchar(128) NOT NULL,
        session_id uuid NOT NULL REFERENCES game_sessions(id) ON DELETE CASCADE,
        bet bigint NOT NULL CHECK (bet >= 0),
        win bigint NOT NULL CHECK (win >= 0),
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE UNIQUE INDEX game_rounds_provider_round_idx
         ON game_rounds (brand_id, provider, round_id)`);
        await queryRunner.query(`CREATE INDEX game_rounds_session_idx ON game_rounds (session_id)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE game_rounds`);
        await queryRunner.query(`DROP TABLE game_sessions`);
        await queryRunner.query(`DROP TABLE games`);
    }
}
exports.GameSessions1765200000000 = GameSessions1765200000000;
//# sourceMappingURL=1765200000000-game-sessions.js.map