"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InitialSchema1764864000000 = void 0;
class InitialSchema1764864000000 {
    name = 'InitialSchema1764864000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE brands (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(32) NOT NULL CONSTRAINT brands_code_key UNIQUE,
        name varchar(200) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`
      CREATE TABLE oauth_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id varchar(64) NOT NULL CONSTRAINT oauth_clients_client_id_key UNIQUE,
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        name varchar(200) NOT NULL,
        type varchar(16) NOT NULL CHECK (type IN ('public', 'confidential')),
        secret_hash bytea,
        grant_types text[] NOT NULL,
        scopes text[] NOT NULL,
        default_scopes text[] NOT NULL,
        username_types text[] NOT NULL,
        access_token_ttl integer NOT NULL CHECK (access_token_ttl > 0),
        refresh_token_ttl integer NOT NULL CHECK (refresh_token_ttl > 0),
        redirect_uris text[] NOT NULL DEFAULT '{}',
        captcha_required boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((type = 'confidential') = (secret_hash IS NOT NULL))
      )`);
        await queryRunner.query(`CREATE INDEX oauth_clients_brand_id_idx ON oauth_clients (brand_id)`);
        await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        email varchar(254) NOT NULL,
        nickname varchar(32),
        mobile_code varchar(8),
        mobile_number varchar(20),
        password_hash varchar(255) NOT NULL,
        first_name varchar(100) NOT NULL,
        last_name varchar(100) NOT NULL,
        birthday date NOT NULL,
        gender varchar(16) NOT NULL,
        country char(2) NOT NULL,
        currency char(3) NOT NULL,
        language varchar(8) NOT NULL,
        address varchar(200),
        city varchar(100),
        postcode varchar(20),
        jurisdiction varchar(32),
        accepted_terms boolean NOT NULL DEFAULT false,
        receive_news boolean NOT NULL DEFAULT false,
        receive_sms boolean NOT NULL DEFAULT false,
        receive_snail boolean NOT NULL DEFAULT false,
        receive_phone boolean NOT NULL DEFAULT false,
        status varchar(16) NOT NULL
          CHECK (status IN ('pending', 'active', 'locked', 'self_excluded', 'closed')),
        deposited boolean NOT NULL DEFAULT false,
        last_login timestamptz,
        reality_check integer NOT NULL DEFAULT 0 CHECK (reality_check >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE UNIQUE INDEX users_brand_email_key ON users (brand_id, email)`);
        await queryRunner.query(`CREATE UNIQUE INDEX users_brand_nickname_key ON users (brand_id, lower(nickname))
       WHERE nickname IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX users_brand_mobile_key ON users (brand_id, mobile_code, mobile_number)
       WHERE mobile_number IS NOT NULL`);
        await queryRunner.query(`
      CREATE TABLE signing_keys (
        kid varchar(64) PRIMARY KEY,
        algorithm varchar(16) NOT NULL,
        public_jwk jsonb NOT NULL,
        private_key_encrypted text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
        await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        client_ref uuid NOT NULL REFERENCES oauth_clients(id) ON DELETE CASCADE,
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        scope text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_reason varchar(32)
      )`);
        await queryRunner.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
        await queryRunner.query(`CREATE INDEX sessions_revoked_at_idx ON sessions (revoked_at) WHERE revoked_at IS NOT NULL`);
        await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        token_hash bytea NOT NULL CONSTRAINT refresh_tokens_token_hash_key UNIQUE,
        scope text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE refresh_tokens`);
        await queryRunner.query(`DROP TABLE sessions`);
        await queryRunner.query(`DROP TABLE signing_keys`);
        await queryRunner.query(`DROP TABLE users`);
        await queryRunner.query(`DROP TABLE oauth_clients`);
        await queryRunner.query(`DROP TABLE brands`);
    }
}
exports.InitialSchema1764864000000 = InitialSchema1764864000000;
//# sourceMappingURL=1764864000000-initial-schema.js.map