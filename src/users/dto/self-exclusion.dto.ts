import { IsIn } from 'class-validator';

import { UserStatus } from '../user.entity';

/** Self-exclusion periods, counted from the request, and their PostgreSQL interval. */
export const SELF_EXCLUSION_INTERVALS = {
  '6_months': '6 months',
  '1_year': '1 year',
  '5_years': '5 years',
  permanent: null,
} as const;

export type SelfExclusionPeriod = keyof typeof SELF_EXCLUSION_INTERVALS;

export const SELF_EXCLUSION_PERIODS = Object.keys(
  SELF_EXCLUSION_INTERVALS,
) as SelfExclusionPeriod[];

export class SelfExclusionDto {
  @IsIn(SELF_EXCLUSION_PERIODS, {
    message: `period must be one of: ${SELF_EXCLUSION_PERIODS.join(', ')}`,
  })
  period: SelfExclusionPeriod;
}

export class SelfExclusionResponseDto {
  /** @example "self_excluded" */
  status: UserStatus;
  /** @example "6_months" */
  period: SelfExclusionPeriod;
  /**
   * End of the self-exclusion, or null for a permanent one.
   * @example "2026-07-15T09:30:00.000Z"
   */
  self_excluded_until: Date | null;
}
