import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { DepositLimitPeriod, LimitDecision, PERIOD_SECONDS } from './deposit-limit-periods';
import {
  findLimitStates,
  findPlayerWalletId,
  LimitStates,
  lockPlayerWallet,
  saveLimit,
} from './limit-rows';

export type { LimitStates } from './limit-rows';
export type DepositSums = Record<DepositLimitPeriod, bigint>;

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
  lockWallet(manager: EntityManager, userId: string, brandId: string): Promise<string | null> {
    return lockPlayerWallet(manager, userId, brandId);
  }

  findWalletId(manager: EntityManager, userId: string, brandId: string): Promise<string | null> {
    return findPlayerWalletId(manager, userId, brandId);
  }

  /** Returns every period's current limit, with due pending changes applied. */
  findStates(manager: EntityManager, userId: string, brandId: string): Promise<LimitStates> {
    return findLimitStates(manager, 'deposit_limits', userId, brandId);
  }

  /** Writes one period's limit; a new pending change takes effect `coolingOffSeconds` from now. */
  save(
    manager: EntityManager,
    key: { userId: string; brandId: string; period: DepositLimitPeriod },
    decision: LimitDecision,
    coolingOffSeconds: number,
  ): Promise<void> {
    return saveLimit(manager, 'deposit_limits', key, decision, coolingOffSeconds);
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
