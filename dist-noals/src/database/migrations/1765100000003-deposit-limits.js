"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DepositLimits1765100000003 = void 0;
class DepositLimits1765100000003 {
    name = 'DepositLimits1765100000003';
    async up(queryRunner) {
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
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE deposit_limits`);
    }
}
exports.DepositLimits1765100000003 = DepositLimits1765100000003;
//# sourceMappingURL=1765100000003-deposit-limits.js.map