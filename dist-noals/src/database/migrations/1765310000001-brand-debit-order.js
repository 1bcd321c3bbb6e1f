"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BrandDebitOrder1765310000001 = void 0;
class BrandDebitOrder1765310000001 {
    name = 'BrandDebitOrder1765310000001';
    async up(queryRunner) {
        // The order in which a bet is taken from the real and bonus balances.
        await queryRunner.query(`
      ALTER TABLE brands ADD COLUMN debit_order varchar(16) NOT NULL DEFAULT 'real_first'
        CHECK (debit_order IN ('real_first', 'bonus_first'))`);
    }
    async down(queryRunner) {
        await queryRunner.query(`ALTER TABLE brands DROP COLUMN debit_order`);
    }
}
exports.BrandDebitOrder1765310000001 = BrandDebitOrder1765310000001;
//# sourceMappingURL=1765310000001-brand-debit-order.js.map