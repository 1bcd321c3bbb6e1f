import { MigrationInterface, QueryRunner } from 'typeorm';

export class DepositLimits1765100000003 implements MigrationInterface {
  name = 'DepositLimits1765100000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One row per player and period. A pending change is a raise or a removal waiting for the
    // cooling-off period: pending_effective_at is set, and a null pending_amount means removal.
    await queryRunner.query(`
      CREATE TABLE deposit_limits (
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
    await queryRunner.query(`DROP TABLE deposit_limits`);
  }
}
