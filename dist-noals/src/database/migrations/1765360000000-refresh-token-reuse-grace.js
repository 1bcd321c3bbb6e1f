"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RefreshTokenReuseGrace1765360000000 = void 0;
class RefreshTokenReuseGrace1765360000000 {
    name = 'RefreshTokenReuseGrace1765360000000';
    async up(queryRunner) {
        await queryRunner.query(`
      ALTER TABLE oauth_clients
      ADD COLUMN refresh_token_reuse_grace integer NOT NULL DEFAULT 0
        CHECK (refresh_token_reuse_grace BETWEEN 0 AND 60)`);
    }
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE oauth_clients DROP COLUMN refresh_token_reuse_grace`);
    }
}
exports.RefreshTokenReuseGrace1765360000000 = RefreshTokenReuseGrace1765360000000;
//# sourceMappingURL=1765360000000-refresh-token-reuse-grace.js.map