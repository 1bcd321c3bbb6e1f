/**
 * Deposit limit periods are rolling windows that end at the current time. A deposit counts
 * against the daily limit for 24 hours after it was credited, against the weekly limit for 7
 * days and against the monthly limit for 30 days. Rolling windows have no reset moment at which
 * a player could deposit twice the limit within minutes, and they need no time zone.
 */
export const DEPOSIT_LIMIT_PERIODS = ['daily', 'weekly', 'monthly'] as const;

export type DepositLimitPeriod = (typeof DEPOSIT_LIMIT_PERIODS)[number];

/** The window length of each period, in seconds. */
export const PERIOD_SECONDS: Record<DepositLimitPeriod, number> = {
  daily: 86_400,
  weekly: 7 * 86_400,
  monthly: 30 * 86_400,
};

/** The window of each period in words, for error messages. */
export const PERIOD_WORDS: Record<DepositLimitPeriod, string> = {
  daily: 'the rolling 24-hour period',
  weekly: 'the rolling 7-day period',
  monthly: 'the rolling 30-day period',
};

/** The current state of a limit: the amount in force and any change waiting for the cooling-off. */
export interface LimitState {
  /** Minor units; null when there is no limit. */
  amount: bigint | null;
  /** The waiting change, if any; its amount is null for a removal. */
  pending: { amount: bigint | null; effectiveAt: Date } | null;
}

/** The limit state to store after a request. */
export interface LimitDecision {
  amount: bigint | null;
  /** The waiting change. With `startCoolingOff` its time is set to now plus the cooling-off. */
  pending: { amount: bigint | null; startCoolingOff: boolean; effectiveAt?: Date } | null;
}

/**
 * Decides how a requested limit applies. Setting a limit where none was, lowering it or keeping
 * it takes effect at once and drops a pending change. Raising or removing it waits for the
 * cooling-off period. Repeating the same pending request keeps its original time, but any other
 * raise starts the cooling-off again.
 */
export function decideLimitChange(current: LimitState, requested: bigint | null): LimitDecision {
  if (current.amount === null) {
    return { amount: requested, pending: null };
  }
  if (requested !== null && requested <= current.amount) {
    return { amount: requested, pending: null };
  }
  if (current.pending && current.pending.amount === requested) {
    return {
      amount: current.amount,
      pending: {
        amount: requested,
        startCoolingOff: false,
        effectiveAt: current.pending.effectiveAt,
      },
    };
  }
  return { amount: current.amount, pending: { amount: requested, startCoolingOff: true } };
}
