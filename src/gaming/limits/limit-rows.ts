import { EntityManager } from 'typeorm';

import {
  DEPOSIT_LIMIT_PERIODS,
  DepositLimitPeriod,
  LimitDecision,
  LimitState,
} from './deposit-limit-periods';

/** The tables of player limits; both have one row per player and period with the same columns. */
export type LimitTable = 'deposit_limits' | 'loss_limits';

export type LimitStates = Record<DepositLimitPeriod, LimitState>;

interface LimitRow {
  period: DepositLimitPeriod;
  amount: string | null;
  pendingAmount: string | null;
  pendingEffectiveAt: Date | null;
}

const toBigInt = (value: string | null): bigint | null => (value === null ? null : BigInt(value));

/** Returns every period's current limit, with due pending changes applied. */
export async function findLimitStates(
  manager: EntityManager,
  table: LimitTable,
  userId: string,
  brandId: string,
): Promise<LimitStates> {
  const rows: LimitRow[] = await manager.query(
    `SELECT period,
       CASE WHEN pending_effective_at <= now() THEN pending_amount ELSE amount END AS amount,
       CASE WHEN pending_effective_at > now() THEN pending_amount END AS "pendingAmount",
       CASE WHEN pending_effective_at > now() THEN pending_effective_at END
         AS "pendingEffectiveAt"
     FROM ${table} WHERE user_id = $1 AND brand_id = $2`,
    [userId, brandId],
  );
  const states = Object.fromEntries(
    DEPOSIT_LIMIT_PERIODS.map((period) => [period, { amount: null, pending: null }]),
  ) as LimitStates;
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
export async function saveLimit(
  manager: EntityManager,
  table: LimitTable,
  key: { userId: string; brandId: string; period: DepositLimitPeriod },
  decision: LimitDecision,
  coolingOffSeconds: number,
): Promise<void> {
  const pending = decision.pending;
  await manager.query(
    `INSERT INTO ${table}
       (user_id, period, brand_id, amount, pending_amount, pending_effective_at, updated_at)
     VALUES ($1, $2, $3, $4, $5,
       CASE WHEN $6::boolean THEN now() + make_interval(secs => $7) ELSE $8::timestamptz END,
       now())
     ON CONFLICT (user_id, period) DO UPDATE SET
       amount = EXCLUDED.amount,
       pending_amount = EXCLUDED.pending_amount,
       pending_effective_at = EXCLUDED.pending_effective_at,
       updated_at = now()`,
    [
      key.userId,
      key.period,
      key.brandId,
      decision.amount?.toString() ?? null,
      pending?.amount?.toString() ?? null,
      pending?.startCoolingOff ?? false,
      coolingOffSeconds,
      pending?.effectiveAt ?? null,
    ],
  );
}

/**
 * Locks the player's wallet row FOR NO KEY UPDATE until the transaction ends, creating the
 * wallet first if the player has none. Returns the wallet id, or null for a player not in the
 * brand.
 */
export async function lockPlayerWallet(
  manager: EntityManager,
  userId: string,
  brandId: string,
): Promise<string | null> {
  await manager.query(
    `INSERT INTO wallets (user_id, brand_id, currency)
     SELECT id, brand_id, currency FROM users WHERE id = $1 AND brand_id = $2
     ON CONFLICT (user_id) DO NOTHING`,
    [userId, brandId],
  );
  // FOR NO KEY UPDATE, the lock a balance UPDATE takes: FOR UPDATE would also conflict with the
  // FOR KEY SHARE that inserting a transaction row referencing the wallet takes, and deadlock.
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM wallets WHERE user_id = $1 AND brand_id = $2 FOR NO KEY UPDATE`,
    [userId, brandId],
  );
  return rows[0]?.id ?? null;
}

export async function findPlayerWalletId(
  manager: EntityManager,
  userId: string,
  brandId: string,
): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM wallets WHERE user_id = $1 AND brand_id = $2`,
    [userId, brandId],
  );
  return rows[0]?.id ?? null;
}

/** A period's limit as the audit event of a change records it. */
interface ChangedPeriod {
  period: DepositLimitPeriod;
  limit: bigint | null;
  pending: LimitState['pending'];
}

/**
 * Builds the `changes` detail of a limit-change audit event: for each period the request set,
 * the value requested and the limit and pending change that resulted, in minor units.
 */
export function limitChangeDetails(
  requested: Partial<Record<DepositLimitPeriod, bigint | null>>,
  periods: ChangedPeriod[],
): object[] {
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

function toNumberOrNull(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}
