"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionMetadataSelfExclusion1765000000004 = void 0;
class SessionMetadataSelfExclusion1765000000004 {
    name = 'SessionMetadataSelfExclusion1765000000004';
    async up(queryRunner) {
        await queryRunner.query(`
      ALTER TABLE sessions
        ADD COLUMN user_agent varchar(512),
        ADD COLUMN ip varchar(64),
        ADD COLUMN last_refreshed_at timestamptz`);
        await queryRunner.query(`CREATE INDEX sessions_user_active_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
        await queryRunner.query(`ALTER TABLE users ADD COLUMN self_excluded_until timestamptz`);
    }
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE users DROP COLUMN self_excluded_until`);
        await queryRunner.query(`DROP INDEX sessions_user_active_idx`);
        await queryRunner.query(`
      ALTER TABLE sessions
        DROP COLUMN user_agent,
        DROP COLUMN ip,
        DROP COLUMN last_refreshed_at`);
    }
}
exports.SessionMetadataSelfExclusion1765000000004 = SessionMetadataSelfExclusion1765000000004;
//# sourceMappingURL=1765000000004-session-metadata-self-exclusion.js.map