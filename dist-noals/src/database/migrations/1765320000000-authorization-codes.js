"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthorizationCodes1765320000000 = void 0;
class AuthorizationCodes1765320000000 {
    name = 'AuthorizationCodes1765320000000';
    async up(queryRunner) {
        await queryRunner.query(`
      ALTER TABLE oauth_clients
        ADD COLUMN first_party boolean NOT NULL DEFAULT true,
        ADD COLUMN allowed_origins text[] NOT NULL DEFAULT '{}'`);
        await queryRunner.query(`
      CREATE TABLE authorization_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code_hash bytea NOT NULL UNIQUE,
        client_ref uuid NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        redirect_uri text NOT NULL,
        scope text NOT NULL,
        code_challenge varchar(128),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        session_id uuid REFERENCES sessions (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE INDEX authorization_codes_expires_at_idx ON authorization_codes (expires_at)`);
        await queryRunner.query(`
      CREATE TABLE consents (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        client_ref uuid NOT NULL REFERENCES oauth_clients (id) ON DELETE CASCADE,
        scopes text[] NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, client_ref)
      )`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE consents`);
        await queryRunner.query(`DROP TABLE authorization_codes`);
        await queryRunner.query(`ALTER TABLE oauth_clients DROP COLUMN allowed_origins, DROP COLUMN first_party`);
    }
}
exports.AuthorizationCodes1765320000000 = AuthorizationCodes1765320000000;
//# sourceMappingURL=1765320000000-authorization-codes.js.map