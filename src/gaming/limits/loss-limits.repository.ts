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

export type NetLossSums = Record<DepositLimitPeriod, bigint>;

/**
 * Stores loss limits and sums net losses from the wallet ledger. A pending change whose time has
 * come is applied when a row is read, as for deposit limits.
 */
@Injectable()
export class LossLimitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Locks the player's wallet row FOR NO KEY UPDATE, creating the wallet if there is none. */
  lockPlayerWallet(
    manager: EntityManager,
    userId: string,
    brandId: string,
  ): Promise<string | null> {
    return lockPlayerWallet(manager, userId, brandId);
  }

  findWalletId(manager: EntityManager, userId: string, brandId: string): Promise<string | null> {
    return findPlayerWalletId(manager, userId, brandId);
  }

  findStates(manager: EntityManager, userId: string, brandId: string): Promise<LimitStates> {
    return findLimitStates(manager, 'loss_limits', userId, brandId);
  }

  save(
    manager: EntityManager,
    key: { userId: string; brandId: string; period: DepositLimitPeriod },
    decision: LimitDecision,
    coolingOffSeconds: number,
  ): Promise<void> {
    return saveLimit(manager, 'loss_limits', key, decision, coolingOffSeconds);
  }

  /**
   * Sums the net loss in each period's window: the bets minus the wins of the wallet's rounds,
   * from its `bet` (negative) and `win` (positive) ledger entries, real and bonus money alike.
   * Negative when the player won more than they bet.
   * NOTE: this reads every bet and win entry of the last 30 days on each round of a player with
   * a loss limit, so its cost grows with how much they play; not measured on large ledgers.
   */
  async sumNetLoss(manager: EntityManager, walletId: string | null): Promise<NetLossSums> {
    if (!walletId) {
      return { daily: 0n, weekly: 0n, monthly: 0n };
    }
    const rows: Record<DepositLimitPeriod, string>[] = await manager.query(
      `SELECT
         (-COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $2)), 0))::text
           AS daily,
         (-COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $3)), 0))::text
           AS weekly,
         (-COALESCE(SUM(amount), 0))::text AS monthly
       FROM ledger_entries
       WHERE wallet_id = $1 AND type IN ('bet', 'win')
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
