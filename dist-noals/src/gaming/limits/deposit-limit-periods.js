"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PERIOD_WORDS = exports.PERIOD_SECONDS = exports.DEPOSIT_LIMIT_PERIODS = void 0;
exports.decideLimitChange = decideLimitChange;
/**
 * Deposit limit periods are rolling windows that end at the current time. A deposit counts
 * against the daily limit for 24 hours after it was credited, against the weekly limit for 7
 * days and against the monthly limit for 30 days. Rolling windows have no reset moment at which
 * a player could deposit twice the limit within minutes, and they need no time zone.
 */
exports.DEPOSIT_LIMIT_PERIODS = ['daily', 'weekly', 'monthly'];
/** The window length of each period, in seconds. */
exports.PERIOD_SECONDS = {
    daily: 86_400,
    weekly: 7 * 86_400,
    monthly: 30 * 86_400,
};
/** The window of each period in words, for error messages. */
exports.PERIOD_WORDS = {
    daily: 'the rolling 24-hour period',
    weekly: 'the rolling 7-day period',
    monthly: 'the rolling 30-day period',
};
/**
 * Decides how a requested limit applies. Setting a limit where none was, lowering it or keeping
 * it takes effect at once and drops a pending change. Raising or removing it waits for the
 * cooling-off period. Repeating the same pending request keeps its original time, but any other
 * raise starts the cooling-off again.
 */
function decideLimitChange(current, requested) {
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
//# sourceMappingURL=deposit-limit-periods.js.map