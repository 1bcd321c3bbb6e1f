import { Injectable, NotFoundException } from '@nestjs/common';
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
import { DepositLimitsRepository, DepositSums, LimitStates } from './deposit-limits.repository';
import { limitChangeDetails } from './limit-rows';

/** One period's limit with what the player deposited and may still deposit in its window. */
export interface PeriodUsage {
  period: DepositLimitPeriod;
  /** Minor units; null when the period has no limit. */
  limit: bigint | null;
  /** A raise or removal waiting for the cooling-off; its amount is null for a removal. */
  pending: { amount: bigint | null; effectiveAt: Date } | null;
  deposited: bigint;
  /** limit - deposited, never below zero; null when the period has no limit. */
  remaining: bigint | null;
}

/** Requested limits per period: a number sets the limit, null removes it, absent keeps it. */
export type LimitChanges = Partial<Record<DepositLimitPeriod, bigint | null>>;

/** Options of DepositLimitsService.assertDepositAllowed. */
export interface DepositCheckOptions {
  /**
   * Returns the minor units of the player's deposits that were accepted but are not credited to
   * the ledger yet, such as deposits pending at the provider. They count in every period. It is
   * called after the wallet lock is taken, so concurrent checks read a consistent amount.
   */
  uncredited?: (manager: EntityManager) => Promise<bigint>;
}

/** A deposit larger than what a deposit limit still allows; 422 `deposit_limit_exceeded`. */
export class DepositLimitExceededException extends ApiException {
  constructor(
    readonly period: DepositLimitPeriod,
    readonly limit: bigint,
    readonly remaining: bigint,
    amount: bigint,
  ) {
    super(
      422,
      'deposit_limit_exceeded',
      `The deposit of ${amount} minor units exceeds the ${period} deposit limit: ` +
        `${remaining} of ${limit} minor units remain in ${PERIOD_WORDS[period]}`,
    );
  }
}

/**
 * Responsible-gaming deposit limits. Lowering a limit or setting a first one applies at once;
 * raising or removing one waits for DEPOSIT_LIMIT_COOLING_OFF_SECONDS. Deposited amounts are
 * summed from the wallet ledger, so there is no second counter to drift.
 */
@Injectable()
export class DepositLimitsService {
  constructor(
    private readonly limits: DepositLimitsRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async getOwn(principal: Principal): Promise<{ currency: string; periods: PeriodUsage[] }> {
    const user = await this.users.getForPrincipal(principal);
    return { currency: user.currency, periods: await this.usage(user.id, user.brandId) };
  }

  /** Applies the requested limits in one transaction and records what changed. */
  async updateOwn(
    principal: Principal,
    changes: LimitChanges,
    context: RequestContext,
  ): Promise<{ currency: string; periods: PeriodUsage[] }> {
    const user = await this.users.getForPrincipal(principal);
    const periods = await this.limits.transaction(async (manager) => {
      // The wallet lock orders this change with deposit checks of the same player.
      await this.limits.lockWallet(manager, user.id, user.brandId);
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
    return { currency: user.currency, periods };
  }

  /** Returns each period's limit, pending change, deposited and remaining amounts. */
  async usage(userId: string, brandId: string, manager?: EntityManager): Promise<PeriodUsage[]> {
    const db = manager ?? this.limits.manager;
    const walletId = await this.limits.findWalletId(db, userId, brandId);
    const states = await this.limits.findStates(db, userId, brandId);
    return usageOf(states, await this.limits.sumDeposits(db, walletId));
  }

  /**
   * Returns how much the player may still deposit under all their limits, in minor units, or
   * null when they have none.
   */
  async remaining(
    userId: string,
    brandId: string,
    manager?: EntityManager,
  ): Promise<bigint | null> {
    return smallestRemaining(await this.usage(userId, brandId, manager))?.remaining ?? null;
  }

  /**
   * Throws DepositLimitExceededException (422 `deposit_limit_exceeded`) when depositing `amount`
   * minor units now would exceed one of the player's limits, naming the tightest one; 404 for a
   * player not in the brand. Race-safe only inside the transaction that credits the deposit,
   * given as `manager`: it locks the player's wallet row until that transaction ends, so a
   * concurrent check of the same player waits and then reads this deposit from the ledger.
   */
  async assertDepositAllowed(
    userId: string,
    brandId: string,
    amount: bigint,
    manager?: EntityManager,
    options: DepositCheckOptions = {},
  ): Promise<void> {
    if (amount <= 0n) {
      throw new ApiException(400, 'invalid_amount', 'A deposit amount must be positive');
    }
    if (!manager) {
      return this.limits.transaction((transaction) =>
        this.assertDepositAllowed(userId, brandId, amount, transaction, options),
      );
    }

    const walletId = await this.limits.lockWallet(manager, userId, brandId);
    if (!walletId) {
      throw new NotFoundException(`Player ${userId} was not found`);
    }
    const states = await this.limits.findStates(manager, userId, brandId);
    const deposited = await this.limits.sumDeposits(manager, walletId);
    const uncredited = options.uncredited ? await options.uncredited(manager) : 0n;
    for (const period of DEPOSIT_LIMIT_PERIODS) {
      deposited[period] += uncredited;
    }
    const tightest = smallestRemaining(usageOf(states, deposited));
    if (tightest && tightest.remaining !== null && tightest.limit !== null) {
      if (amount > tightest.remaining) {
        throw new DepositLimitExceededException(
          tightest.period,
          tightest.limit,
          tightest.remaining,
          amount,
        );
      }
    }
  }

  private recordChange(
    principal: Principal,
    context: RequestContext,
    user: { id: string; brandId: string },
    changes: LimitChanges,
    periods: PeriodUsage[],
  ): void {
    const changed = limitChangeDetails(changes, periods);
    if (changed.length === 0) {
      return;
    }
    this.audit.record('deposit_limit_changed', {
      request: context,
      brandId: user.brandId,
      clientId: principal.clientId,
      userId: user.id,
      details: { changes: changed },
    });
  }
}

function usageOf(states: LimitStates, deposited: DepositSums): PeriodUsage[] {
  return DEPOSIT_LIMIT_PERIODS.map((period) => {
    const limit = states[period].amount;
    let remaining: bigint | null = null;
    if (limit !== null) {
      const left = limit - deposited[period];
      remaining = left > 0n ? left : 0n;
    }
    return {
      period,
      limit,
      pending: states[period].pending,
      deposited: deposited[period],
      remaining,
    };
  });
}

/** Returns the period with a limit that allows the least, or null when there are no limits. */
function smallestRemaining(usage: PeriodUsage[]): PeriodUsage | null {
  let tightest: PeriodUsage | null = null;
  for (const entry of usage) {
    if (entry.remaining !== null && (!tightest || entry.remaining < (tightest.remaining ?? 0n))) {
      tightest = entry;
    }
  }
  return tightest;
}
