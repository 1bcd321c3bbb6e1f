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
  status: UserStatus;
  period: SelfExclusionPeriod;
  /** End of the self-exclusion, or null for a permanent one. */
  self_excluded_until: Date | null;
}
