import { Type } from 'class-transformer';
import { IsObject, IsOptional, ValidateNested } from 'class-validator';

import { DepositLimitPeriod } from '../deposit-limit-periods';
import { LossPeriodUsage } from '../loss-limits.service';
import { DepositLimitsDto, PendingLimitDto, UpdateDepositLimitsDto } from './deposit-limits.dto';

/**
 * Requested loss limits in minor units of the player's currency, with the fields and rules of
 * deposit limits: a number sets a period's limit, null removes it, an absent field keeps it.
 */
export class UpdateLossLimitsDto extends UpdateDepositLimitsDto {}

/** The body of `PUT /users/me/limits`: deposit limits at the top level, loss limits in `loss`. */
export class UpdateLimitsDto extends UpdateDepositLimitsDto {
  /** @example {"daily": 2000} */
  @IsOptional()
  @IsObject({ message: 'loss must be an object with daily, weekly and monthly limits' })
  @ValidateNested()
  @Type(() => UpdateLossLimitsDto)
  loss?: UpdateLossLimitsDto;
}

export class LossPeriodLimitDto {
  /**
   * The loss limit in force, in minor units; null when there is none.
   * @example 2000
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
   * Bets minus wins of the rounds within the window, in minor units; negative when ahead.
   * @example 500
   */
  net_loss: number;
  /**
   * Amount the player may still bet in the window; null when there is no limit.
   * @example 1500
   */
  remaining: number | null;
}

export class LossLimitsDto {
  daily: LossPeriodLimitDto;
  weekly: LossPeriodLimitDto;
  monthly: LossPeriodLimitDto;

  static from(
    periods: LossPeriodUsage[],
    windowSeconds: Record<DepositLimitPeriod, number>,
  ): LossLimitsDto {
    return Object.fromEntries(
      periods.map((usage) => [usage.period, periodDto(usage, windowSeconds[usage.period])]),
    ) as unknown as LossLimitsDto;
  }
}

/** The player's limits: deposit limits per period at the top level, loss limits in `loss`. */
export class LimitsDto extends DepositLimitsDto {
  loss: LossLimitsDto;
}

function periodDto(usage: LossPeriodUsage, windowSeconds: number): LossPeriodLimitDto {
  return {
    limit: numberOrNull(usage.limit),
    pending: usage.pending
      ? { limit: numberOrNull(usage.pending.amount), effective_at: usage.pending.effectiveAt }
      : null,
    window_seconds: windowSeconds,
    net_loss: Number(usage.netLoss),
    remaining: numberOrNull(usage.remaining),
  };
}

function numberOrNull(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}
