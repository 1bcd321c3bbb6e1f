import { MigrationInterface, QueryRunner } from 'typeorm';

export class BrandDebitOrder1765310000001 implements MigrationInterface {
  name = 'BrandDebitOrder1765310000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The order in which a bet is taken from the real and bonus balances.
    await queryRunner.query(`
      ALTER TABLE brands ADD COLUMN debit_order varchar(16) NOT NULL DEFAULT 'real_first'
        CHECK (debit_order IN ('real_first', 'bonus_first'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE brands DROP COLUMN debit_order`);
  }
}
