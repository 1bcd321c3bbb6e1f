import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import {
  DEPOSIT_LIMIT_PERIODS,
  DepositLimitPeriod,
  LimitDecision,
  LimitState,
  PERIOD_SECONDS,
} from './deposit-limit-periods';

export type LimitStates = Record<DepositLimitPeriod, LimitState>;
export type DepositSums = Record<DepositLimitPeriod, bigint>;

interface LimitRow {
  period: DepositLimitPeriod;
  amount: string | null;
  pendingAmount: string | null;
  pendingEffectiveAt: Date | null;
}

const toBigInt = (value: string | null): bigint | null => (value === null ? null : BigInt(value));

/**
 * Stores deposit limits and sums deposits from the wallet ledger. A pending change whose time has
 * come is applied when a row is read, so no job has to run at that moment.
 */
@Injectable()
export class DepositLimitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Locks the player's wallet row until the transaction ends, creating the wallet first if the
   * player has none, and returns its id. Deposits update this row too, so limit checks and
   * deposits of one player run one after another. Returns null for a player not in the brand.
   */
  async lockWallet(
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

  async findWalletId(
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

  /** Returns every period's current limit, with due pending changes applied. */
  async findStates(manager: EntityManager, userId: string, brandId: string): Promise<LimitStates> {
    const rows: LimitRow[] = await manager.query(
      `SELECT period,
         CASE WHEN pending_effective_at <= now() THEN pending_amount ELSE amount END AS amount,
         CASE WHEN pending_effective_at > now() THEN pending_amount END AS "pendingAmount",
         CASE WHEN pending_effective_at > now() THEN pending_effective_at END
           AS "pendingEffectiveAt"
       FROM deposit_limits WHERE user_id = $1 AND brand_id = $2`,
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
  async save(
    manager: EntityManager,
    key: { userId: string; brandId: string; period: DepositLimitPeriod },
    decision: LimitDecision,
    coolingOffSeconds: number,
  ): Promise<void> {
    const pending = decision.pending;
    await manager.query(
      `INSERT INTO deposit_limits
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

  /** Sums the wallet's deposits (positive `deposit` ledger entries) in each period's window. */
  async sumDeposits(manager: EntityManager, walletId: string | null): Promise<DepositSums> {
    if (!walletId) {
      return { daily: 0n, weekly: 0n, monthly: 0n };
    }
    const rows: Record<DepositLimitPeriod, string>[] = await manager.query(
      `SELECT
         COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $2)), 0)::text
           AS daily,
         COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $3)), 0)::text
           AS weekly,
         COALESCE(SUM(amount), 0)::text AS monthly
       FROM ledger_entries
       WHERE wallet_id = $1 AND type = 'deposit' AND amount > 0
         AND created_at > now() - make_interval(secs => $4)`,
      [walletId, PERIOD_SECONDS.daily, PERIOD_SECONDS.weekly, PERIOD_SECONDS.monthly],
    );
    return {
      daily: BigInt(rows[0].daily),
      weekly: BigInt(rows[0].weekly),
      monthly: BigInt(rows[0].monthly),
    };
  }
}
