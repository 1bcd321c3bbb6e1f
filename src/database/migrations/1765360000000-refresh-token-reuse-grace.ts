import { MigrationInterface, QueryRunner } from 'typeorm';

export class RefreshTokenReuseGrace1765360000000 implements MigrationInterface {
  name = 'RefreshTokenReuseGrace1765360000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE oauth_clients
      ADD COLUMN refresh_token_reuse_grace integer NOT NULL DEFAULT 0
        CHECK (refresh_token_reuse_grace BETWEEN 0 AND 60)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE oauth_clients DROP COLUMN refresh_token_reuse_grace`);
  }
}
