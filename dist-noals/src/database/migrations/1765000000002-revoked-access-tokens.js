"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RevokedAccessTokens1765000000002 = void 0;
class RevokedAccessTokens1765000000002 {
    name = 'RevokedAccessTokens1765000000002';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE revoked_access_tokens (
        jti uuid PRIMARY KEY,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NOT NULL DEFAULT now()
      )`);
        await queryRunner.query(`CREATE INDEX revoked_access_tokens_expires_at_idx ON revoked_access_tokens (expires_at)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE revoked_access_tokens`);
    }
}
exports.RevokedAccessTokens1765000000002 = RevokedAccessTokens1765000000002;
//# sourceMappingURL=1765000000002-revoked-access-tokens.js.map