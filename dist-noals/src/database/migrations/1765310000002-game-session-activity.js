"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GameSessionActivity1765310000002 = void 0;
class GameSessionActivity1765310000002 {
    name = 'GameSessionActivity1765310000002';
    async up(queryRunner) {
        // The time of the latest round, or the start when there is none: idle sessions are ended
        // from it.
        await queryRunner.query(`ALTER TABLE game_sessions ADD COLUMN last_activity_at timestamptz NOT NULL DEFAULT now()`);
        await queryRunner.query(`
      UPDATE game_sessions s SET last_activity_at = COALESCE(
        (SELECT max(r.created_at) FROM game_rounds r WHERE r.session_id = s.id), s.start_date)`);
        await queryRunner.query(`CREATE INDEX game_sessions_idle_idx ON game_sessions (last_activity_at)
         WHERE status = 'active'`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP INDEX game_sessions_idle_idx`);
        await queryRunner.query(`ALTER TABLE game_sessions DROP COLUMN last_activity_at`);
    }
}
exports.GameSessionActivity1765310000002 = GameSessionActivity1765310000002;
//# sourceMappingURL=1765310000002-game-session-activity.js.map