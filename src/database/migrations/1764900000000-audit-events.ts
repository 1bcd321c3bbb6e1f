import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1764900000000 implements MigrationInterface {
  name = 'AuditEvents1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(
      `CREATE INDEX audit_events_brand_created_idx ON audit_events (brand_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_events_user_idx ON audit_events (user_id, created_at DESC) WHERE user_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
  }
}
