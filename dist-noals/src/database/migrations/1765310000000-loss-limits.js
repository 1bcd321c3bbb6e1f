"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LossLimits1765310000000 = void 0;
class LossLimits1765310000000 {
    name = 'LossLimits1765310000000';
    async up(queryRunner) {
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
    async down(queryRunner) {
        await queryRunner.query(`DROP TABLE loss_limits`);
    }
}
exports.LossLimits1765310000000 = LossLimits1765310000000;
//# sourceMappingURL=1765310000000-loss-limits.js.map