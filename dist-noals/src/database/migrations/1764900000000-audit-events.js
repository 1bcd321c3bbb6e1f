"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuditEvents1764900000000 = void 0;
class AuditEvents1764900000000 {
    name = 'AuditEvents1764900000000';
    async up(queryRunner) {
        await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        brand_id uuid REFERENCES brands(id) ON DELETE RESTRICT,
        type varchar(48) NOT NULL,
        client_id varchar(64),
        user_id uuid,
        session_id uuid,
        request_id varchar(64),
        ip varchar(64),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
        await queryRunner.query(`CREATE INDEX audit_events_brand_created_idx ON audit_events (brand_id, created_at DESC, id DESC)`);
        await queryRunner.query(`CREATE INDEX audit_events_user_idx ON audit_events (user_id, created_at DESC) WHERE user_id IS NOT NULL`);
    }
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE audit_events`);
    }
}
exports.AuditEvents1764900000000 = AuditEvents1764900000000;
//# sourceMappingURL=1764900000000-audit-events.js.map