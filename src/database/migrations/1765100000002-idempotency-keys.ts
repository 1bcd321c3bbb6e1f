import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1765100000002 implements MigrationInterface {
  name = 'IdempotencyKeys1765100000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One row per Idempotency-Key and caller. response_status is NULL while the first request
    // runs; claim_id changes each time a request takes the key, so only that request finishes it.
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        brand text NOT NULL,
        client_id text NOT NULL,
        subject text NOT NULL,
        idempotency_key varchar(255) NOT NULL,
        claim_id uuid NOT NULL,
        request_hash char(64) NOT NULL,
        response_status smallint,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (brand, client_id, subject, idempotency_key)
      )`);
    await queryRunner.query(
      `CREATE INDEX idempotency_keys_expires_at_idx ON idempotency_keys (expires_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_keys`);
  }
}
