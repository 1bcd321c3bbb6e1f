import { decideLimitChange, LimitState } from './deposit-limit-periods';

const NONE: LimitState = { amount: null, pending: null };
const AT_100: LimitState = { amount: 100n, pending: null };
const LATER = new Date('2030-01-01T00:00:00Z');

describe('decideLimitChange', () => {
  it('sets a first limit at once', () => {
    expect(decideLimitChange(NONE, 500n)).toEqual({ amount: 500n, pending: null });
  });

  it('keeps no limit on removal', () => {
    expect(decideLimitChange(NONE, null)).toEqual({ amount: null, pending: null });
  });

  it('lowers at once', () => {
    expect(decideLimitChange(AT_100, 40n)).toEqual({ amount: 40n, pending: null });
  });

  it('keeps an equal limit', () => {
    expect(decideLimitChange(AT_100, 100n)).toEqual({ amount: 100n, pending: null });
  });

  it('delays a raise', () => {
    expect(decideLimitChange(AT_100, 200n)).toEqual({
      amount: 100n,
      pending: { amount: 200n, startCoolingOff: true },
    });
  });

  it('delays a removal', () => {
    expect(decideLimitChange(AT_100, null)).toEqual({
      amount: 100n,
      pending: { amount: null, startCoolingOff: true },
    });
  });

  it('keeps the time of a repeated raise', () => {
    const state: LimitState = { amount: 100n, pending: { amount: 200n, effectiveAt: LATER } };

    expect(decideLimitChange(state, 200n)).toEqual({
      amount: 100n,
      pending: { amount: 200n, startCoolingOff: false, effectiveAt: LATER },
    });
  });

  it('restarts for a different raise', () => {
    const state: LimitState = { amount: 100n, pending: { amount: 200n, effectiveAt: LATER } };

    expect(decideLimitChange(state, 300n).pending).toEqual({
      amount: 300n,
      startCoolingOff: true,
    });
  });

  it('drops a pending raise when lowered', () => {
    const state: LimitState = { amount: 100n, pending: { amount: null, effectiveAt: LATER } };

    expect(decideLimitChange(state, 90n)).toEqual({ amount: 90n, pending: null });
  });
});
