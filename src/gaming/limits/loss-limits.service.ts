import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../common/auth/principal';
import { ApiException } from '../../common/errors/api.exception';
import { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { UsersService } from '../../users/users.service';
import {
  decideLimitChange,
  DEPOSIT_LIMIT_PERIODS,
  DepositLimitPeriod,
  PERIOD_WORDS,
} from './deposit-limit-periods';
import { LimitChanges } from './deposit-limits.service';
import { limitChangeDetails, LimitStates } from './limit-rows';
import { LossLimitsRepository, NetLossSums } from './loss-limits.repository';

/** One period's loss limit with the player's net loss and what they may still bet in its window. */
export interface LossPeriodUsage {
  period: DepositLimitPeriod;
  /** Minor units, or null when the period has no limit. */
  limit: bigint | null;
  /** A raise or removal waiting for the cooling-off. Its amount is null for a removal. */
  pending: { amount: bigint | null; effectiveAt: Date } | null;
  /** Bets minus wins in the window, negative when the player is ahead. */
  netLoss: bigint;
  /** limit - netLoss, never below zero, or null when the period has no limit. */
  remaining: bigint | null;
}

/** The game session facts a bet check needs. */
export interface BetOwner {
  userId: string;
  brandId: string;
  walletId: string;
}

/** A bet larger than what a loss limit still allows; 422 `loss_limit_exceeded`. */
export class LossLimitExceededException extends ApiException {
  constructor(
    readonly period: DepositLimitPeriod,
    readonly limit: bigint,
    readonly remaining: bigint,
    readonly bet: bigint,
  ) {
    super(
      422,
      'loss_limit_exceeded',
      `The bet of ${bet} minor units exceeds the ${period} loss limit: ` +
        `${remaining} of ${limit} minor units remain in ${PERIOD_WORDS[period]}`,
    );
  }
}

/**
 * Responsible-gaming loss limits. A player's net loss in a period is the sum of the bets minus
 * the sum of the wins of their rounds in that period's rolling window, real and bonus money
 * alike, summed from the wallet ledger. Periods and the cooling-off for raising or removing a
 * limit are those of deposit limits.
 */
@Injectable()
export class LossLimitsService {
  constructor(
    private readonly limits: LossLimitsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async getOwn(principal: Principal): Promise<LossPeriodUsage[]> {
    const user = await this.users.getForPrincipal(principal);
    return this.usage(user.id, user.brandId);
  }

  /** Applies the requested loss limits in one transaction and records what changed. */
  async updateOwn(
    principal: Principal,
    changes: LimitChanges,
    context: RequestContext,
  ): Promise<LossPeriodUsage[]> {
    const user = await this.users.getForPrincipal(principal);
    const periods = await this.limits.transaction(async (manager) => {
      // The wallet lock orders this change with the rounds of the same player.
      await this.limits.lockPlayerWallet(manager, user.id, user.brandId);
      const before = await this.limits.findStates(manager, user.id, user.brandId);
      for (const period of DEPOSIT_LIMIT_PERIODS) {
        const requested = changes[period];
        if (requested !== undefined) {
          const key = { userId: user.id, brandId: user.brandId, period };
          const decision = decideLimitChange(before[period], requested);
          await this.limits.save(
            manager,
            key,
            decision,
            this.config.DEPOSIT_LIMIT_COOLING_OFF_SECONDS,
          );
        }
      }
      return this.usage(user.id, user.brandId, manager);
    });

    this.recordChange(principal, context, user, changes, periods);
    return periods;
  }

  /** Returns each period's loss limit, pending change, net loss and remaining amount. */
  async usage(
    userId: string,
    brandId: string,
    manager?: EntityManager,
  ): Promise<LossPeriodUsage[]> {
    const db = manager ?? this.limits.manager;
    const walletId = await this.limits.findWalletId(db, userId, brandId);
    const states = await this.limits.findStates(db, userId, brandId);
    return usageOf(states, await this.limits.sumNetLoss(db, walletId));
  }

  /**
   * Throws LossLimitExceededException (422 `loss_limit_exceeded`) when a bet of `bet` minor
   * units would take the net loss of one of the player's periods past its limit, naming the
   * tightest one. The win of the same round is not counted against the bet. Must run inside the
   * transaction that debits the bet, after that transaction locked the wallet row FOR NO KEY
   * UPDATE: a concurrent round of the same player then waits and reads this bet from the ledger,
   * and a concurrent limit change, which takes the same lock, is read by the statement below.
   */
  async assertBetAllowed(manager: EntityManager, owner: BetOwner, bet: bigint): Promise<void> {
    if (bet <= 0n) {
      return;
    }

    const states = await this.limits.findStates(manager, owner.userId, owner.brandId);
    if (DEPOSIT_LIMIT_PERIODS.every((period) => states[period].amount === null)) {
      return;
    }
    const netLoss = await this.limits.sumNetLoss(manager, owner.walletId);

    const tightest = smallestRemaining(usageOf(states, netLoss));
    if (tightest?.limit != null && tightest.remaining !== null && bet > tightest.remaining) {
      throw new LossLimitExceededException(
        tightest.period,
        tightest.limit,
        tightest.remaining,
        bet,
      );
    }
  }

  private recordChange(
    principal: Principal,
    context: RequestContext,
    user: { id: string; brandId: string },
    changes: LimitChanges,
    periods: LossPeriodUsage[],
  ): void {
    const changed = limitChangeDetails(changes, periods);
    if (changed.length === 0) {
      return;
    }
    this.audit.record('loss_limit_changed', {
      request: context,
      brandId: user.brandId,
      clientId: principal.clientId,
      userId: user.id,
      details: { changes: changed },
    });
  }
}

function usageOf(states: LimitStates, netLoss: NetLossSums): LossPeriodUsage[] {
  return DEPOSIT_LIMIT_PERIODS.map((period) => {
    const limit = states[period].amount;
    let remaining: bigint | null = null;
    if (limit !== null) {
      const left = limit - netLoss[period];
      remaining = left > 0n ? left : 0n;
    }
    return { period, limit, pending: states[period].pending, netLoss: netLoss[period], remaining };
  });
}

/** Returns the period with a limit that allows the least, or null when there are no limits. */
function smallestRemaining(usage: LossPeriodUsage[]): LossPeriodUsage | null {
  let tightest: LossPeriodUsage | null = null;
  for (const entry of usage) {
    if (entry.remaining !== null && (!tightest || entry.remaining < (tightest.remaining ?? 0n))) {
      tightest = entry;
    }
  }
  return tightest;
}
