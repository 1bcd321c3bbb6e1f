import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { DepositLimitPeriod } from '../deposit-limit-periods';
import { LimitChanges, PeriodUsage } from '../deposit-limits.service';

/** Largest limit a player may set: 10^13 minor units, far inside a JS number's exact range. */
export const MAX_DEPOSIT_LIMIT = 10_000_000_000_000;

const LIMIT_MESSAGE = (field: string): string =>
  `${field} must be null or an integer number of minor units between 0 and ${MAX_DEPOSIT_LIMIT}`;

/**
 * Requested deposit limits in minor units of the player's currency: a number sets a period's
 * limit, null removes it, and an absent field leaves it as it is.
 */
export class UpdateDepositLimitsDto {
  /** @example 5000 */
  @IsOptional()
  @IsInt({ message: LIMIT_MESSAGE('daily') })
  @Min(0, { message: LIMIT_MESSAGE('daily') })
  @Max(MAX_DEPOSIT_LIMIT, { message: LIMIT_MESSAGE('daily') })
  daily?: number | null;

  /** @example 20000 */
  @IsOptional()
  @IsInt({ message: LIMIT_MESSAGE('weekly') })
  @Min(0, { message: LIMIT_MESSAGE('weekly') })
  @Max(MAX_DEPOSIT_LIMIT, { message: LIMIT_MESSAGE('weekly') })
  weekly?: number | null;

  /** @example 50000 */
  @IsOptional()
  @IsInt({ message: LIMIT_MESSAGE('monthly') })
  @Min(0, { message: LIMIT_MESSAGE('monthly') })
  @Max(MAX_DEPOSIT_LIMIT, { message: LIMIT_MESSAGE('monthly') })
  monthly?: number | null;

  toChanges(): LimitChanges {
    const changes: LimitChanges = {};
    for (const period of ['daily', 'weekly', 'monthly'] as const) {
      const value = this[period];
      if (value !== undefined) {
        changes[period] = value === null ? null : BigInt(value);
      }
    }
    return changes;
  }
}

export class PendingLimitDto {
  /**
   * The limit once the cooling-off ends, in minor units; null when the limit is being removed.
   * @example 100000
   */
  limit: number | null;
  /** @example "2026-01-16T09:30:00.000Z" */
  effective_at: Date;
}

export class PeriodLimitDto {
  /**
   * The limit in force, in minor units; null when there is none.
   * @example 50000
   */
  limit: number | null;
  /** A raise or removal waiting for the cooling-off period. */
  pending: PendingLimitDto | null;
  /**
   * Length of the rolling window that ends now, in seconds.
   * @example 86400
   */
  window_seconds: number;
  /**
   * Deposits credited within the window, in minor units.
   * @example 15000
   */
  deposited: number;
  /**
   * Amount the player may still deposit in the window; null when there is no limit.
   * @example 35000
   */
  remaining: number | null;
}

export class DepositLimitsDto {
  /**
   * ISO 4217 currency of every amount.
   * @example "EUR"
   */
  currency: string;
  daily: PeriodLimitDto;
  weekly: PeriodLimitDto;
  monthly: PeriodLimitDto;

  static from(
    view: { currency: string; periods: PeriodUsage[] },
    windowSeconds: Record<DepositLimitPeriod, number>,
  ): DepositLimitsDto {
    const byPeriod = Object.fromEntries(
      view.periods.map((usage) => [usage.period, periodDto(usage, windowSeconds[usage.period])]),
    ) as Record<DepositLimitPeriod, PeriodLimitDto>;
    return { currency: view.currency, ...byPeriod };
  }
}

function periodDto(usage: PeriodUsage, windowSeconds: number): PeriodLimitDto {
  return {
    limit: numberOrNull(usage.limit),
    pending: usage.pending
      ? { limit: numberOrNull(usage.pending.amount), effective_at: usage.pending.effectiveAt }
      : null,
    window_seconds: windowSeconds,
    deposited: Number(usage.deposited),
    remaining: numberOrNull(usage.remaining),
  };
}

function numberOrNull(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}
