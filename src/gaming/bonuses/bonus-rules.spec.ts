import { ApiException } from '../../common/errors/api.exception';
import { BonusOfferEntity } from './bonus-offer.entity';
import { assertOfferOpen, bonusAmountFor, isOfferOpen } from './bonus-rules';

const NOW = new Date('2026-06-01T12:00:00Z');

function offer(fields: Partial<BonusOfferEntity>): BonusOfferEntity {
  return {
    amountType: 'fixed',
    amount: '1000',
    percentage: null,
    maxAmount: null,
    active: true,
    validFrom: new Date('2026-01-01T00:00:00Z'),
    validTo: new Date('2027-01-01T00:00:00Z'),
    ...fields,
  } as BonusOfferEntity;
}

describe('bonusAmountFor', () => {
  it('gives a fixed amount', () => {
    expect(bonusAmountFor(offer({}), 50_000n)).toBe(1000n);
  });

  it('gives the percentage of a deposit', () => {
    const percentage = offer({ amountType: 'percentage', percentage: 50, maxAmount: '20000' });

    expect(bonusAmountFor(percentage, 5001n)).toBe(2500n);
  });

  it('caps a percentage', () => {
    const percentage = offer({ amountType: 'percentage', percentage: 200, maxAmount: '20000' });

    expect(bonusAmountFor(percentage, 50_000n)).toBe(20_000n);
  });
});

describe('offer window', () => {
  it('is open inside the window', () => {
    expect(isOfferOpen(offer({}), NOW)).toBe(true);
  });

  it('is closed when switched off', () => {
    expect(isOfferOpen(offer({ active: false }), NOW)).toBe(false);
  });

  it('is closed at valid_to', () => {
    expect(isOfferOpen(offer({ validTo: NOW }), NOW)).toBe(false);
  });

  it('reports an ended offer as expired', () => {
    const ended = offer({ validTo: new Date('2026-02-01T00:00:00Z') });

    expect(() => assertOfferOpen(ended, 'b1', NOW)).toThrow(ApiException);
    expect(() => assertOfferOpen(ended, 'b1', NOW)).toThrow(/ended at 2026-02-01/);
  });

  it('reports a future offer as unavailable', () => {
    const future = offer({ validFrom: new Date('2026-07-01T00:00:00Z') });

    expect(() => assertOfferOpen(future, 'b1', NOW)).toThrow(/opens at 2026-07-01/);
  });
});
