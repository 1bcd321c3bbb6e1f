import { MigrationInterface, QueryRunner } from 'typeorm';

export class RevokedAccessTokens1765000000002 implements MigrationInterface {
  name = 'RevokedAccessTokens1765000000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE revoked_access_tokens (
        jti uuid PRIMARY KEY,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX revoked_access_tokens_expires_at_idx ON revoked_access_tokens (expires_at)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE revoked_access_tokens`);
  }
}
