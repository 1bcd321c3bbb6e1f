import { MigrationInterface, QueryRunner } from 'typeorm';

export class LossLimits1765310000000 implements MigrationInterface {
  name = 'LossLimits1765310000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The same shape as deposit_limits: one row per player and period, and a pending raise or
    // removal waiting for the cooling-off period.
    await queryRunner.query(`
      CREATE TABLE loss_limits (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        period varchar(8) NOT NULL CHECK (period IN ('daily', 'weekly', 'monthly')),
        brand_id uuid NOT NULL REFERENCES brands(id) ON DELETE RESTRICT,
        amount bigint CHECK (amount >= 0),
        pending_amount bigint CHECK (pending_amount >= 0),
        pending_effective_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, period),
        CHECK (pending_amount IS NULL OR pending_effective_at IS NOT NULL)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE loss_limits`);
  }
}
