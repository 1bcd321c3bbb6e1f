"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findLimitStates = findLimitStates;
exports.saveLimit = saveLimit;
exports.lockPlayerWallet = lockPlayerWallet;
exports.findPlayerWalletId = findPlayerWalletId;
exports.limitChangeDetails = limitChangeDetails;
const deposit_limit_periods_1 = require("./deposit-limit-periods");
const toBigInt = (value) => (value === null ? null : BigInt(value));
/** Returns every period's current limit, with due pending changes applied. */
async function findLimitStates(manager, table, userId, brandId) {
    const rows = await manager.query(`SELECT period,
       CASE WHEN pending_effective_at <= now() THEN pending_amount ELSE amount END AS amount,
       CASE WHEN pending_effective_at > now() THEN pending_amount END AS "pendingAmount",
       CASE WHEN pending_effective_at > now() THEN pending_effective_at END
         AS "pendingEffectiveAt"
     FROM ${table} WHERE user_id = $1 AND brand_id = $2`, [userId, brandId]);
    const states = Object.fromEntries(deposit_limit_periods_1.DEPOSIT_LIMIT_PERIODS.map((period) => [period, { amount: null, pending: null }]));
    for (const row of rows) {
        states[row.period] = {
            amount: toBigInt(row.amount),
            pending: row.pendingEffectiveAt
                ? { amount: toBigInt(row.pendingAmount), effectiveAt: row.pendingEffectiveAt }
                : null,
        };
    }
    return states;
}
/** Writes one period's limit; a new pending change takes effect `coolingOffSeconds` from now. */
async function saveLimit(manager, table, key, decision, coolingOffSeconds) {
    const pending = decision.pending;
    await manager.query(`INSERT INTO ${table}
       (user_id, period, brand_id, amount, pending_amount, pending_effective_at, updated_at)
     VALUES ($1, $2, $3, $4, $5,
       CASE WHEN $6::boolean THEN now() + make_interval(secs => $7) ELSE $8::timestamptz END,
       now())
     ON CONFLICT (user_id, period) DO UPDATE SET
       amount = EXCLUDED.amount,
       pending_amount = EXCLUDED.pending_amount,
       pending_effective_at = EXCLUDED.pending_effective_at,
       updated_at = now()`, [
        key.userId,
        key.period,
        key.brandId,
        decision.amount?.toString() ?? null,
        pending?.amount?.toString() ?? null,
        pending?.startCoolingOff ?? false,
        coolingOffSeconds,
        pending?.effectiveAt ?? null,
    ]);
}
/**
 * Locks the player's wallet row FOR NO KEY UPDATE until the transaction ends, creating the
 * wallet first if the player has none. Returns the wallet id, or null for a player not in the
 * brand.
 */
async function lockPlayerWallet(manager, userId, brandId) {
    await manager.query(`INSERT INTO wallets (user_id, brand_id, currency)
     SELECT id, brand_id, currency FROM users WHERE id = $1 AND brand_id = $2
     ON CONFLICT (user_id) DO NOTHING`, [userId, brandId]);
    // FOR NO KEY UPDATE, the lock a balance UPDATE takes: FOR UPDATE would also conflict with the
    // FOR KEY SHARE that inserting a transaction row referencing the wallet takes, and deadlock.
    const rows = await manager.query(`SELECT id FROM wallets WHERE user_id = $1 AND brand_id = $2 FOR NO KEY UPDATE`, [userId, brandId]);
    return rows[0]?.id ?? null;
}
async function findPlayerWalletId(manager, userId, brandId) {
    const rows = await manager.query(`SELECT id FROM wallets WHERE user_id = $1 AND brand_id = $2`, [userId, brandId]);
    return rows[0]?.id ?? null;
}
/**
 * Builds the `changes` detail of a limit-change audit event: for each period the request set,
 * the value requested and the limit and pending change that resulted, in minor units.
 */
function limitChangeDetails(requested, periods) {
    return periods
        .filter((usage) => requested[usage.period] !== undefined)
        .map((usage) => ({
        period: usage.period,
        requested: toNumberOrNull(requested[usage.period] ?? null),
        limit: toNumberOrNull(usage.limit),
        pending_limit: usage.pending ? toNumberOrNull(usage.pending.amount) : null,
        pending_effective_at: usage.pending?.effectiveAt.toISOString() ?? null,
    }));
}
function toNumberOrNull(value) {
    return value === null ? null : Number(value);
}
//# sourceMappingURL=limit-rows.js.map