import { MigrationInterface, QueryRunner } from 'typeorm';

export class SigningKeyRotation1765370000000 implements MigrationInterface {
  name = 'SigningKeyRotation1765370000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // When a newer key took over signing; the key retires once every token it signed expired.
    await queryRunner.query(`ALTER TABLE signing_keys ADD COLUMN rotated_at timestamptz`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX signing_keys_one_active_idx ON signing_keys ((true)) WHERE active`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX signing_keys_one_active_idx`);
    await queryRunner.query(`ALTER TABLE signing_keys DROP COLUMN rotated_at`);
  }
}
