import { ApiException } from '../../common/errors/api.exception';
import { BonusOfferEntity } from './bonus-offer.entity';

/** Returns whether players can take the offer at `now`: switched on and inside its window. */
export function isOfferOpen(offer: BonusOfferEntity, now = new Date()): boolean {
  return offer.active && offer.validFrom <= now && offer.validTo > now;
}

/** Throws the 422 that states why a closed offer cannot be taken. */
export function assertOfferOpen(offer: BonusOfferEntity, bonusId: string, now = new Date()): void {
  if (offer.validTo <= now) {
    throw new ApiException(
      422,
      'bonus_expired',
      `The offer of bonus ${bonusId} ended at ${offer.validTo.toISOString()}`,
    );
  }
  if (!isOfferOpen(offer, now)) {
    throw new ApiException(
      422,
      'bonus_unavailable',
      offer.active
        ? `The offer of bonus ${bonusId} opens at ${offer.validFrom.toISOString()}`
        : `The offer of bonus ${bonusId} was withdrawn by the brand`,
    );
  }
}

/** Returns the bonus a deposit of `deposit` minor units earns: the fixed amount or the capped percentage. */
export function bonusAmountFor(offer: BonusOfferEntity, deposit?: bigint): bigint {
  if (offer.amountType === 'fixed') {
    return BigInt(offer.amount ?? 0);
  }
  const share = ((deposit ?? 0n) * BigInt(offer.percentage ?? 0)) / 100n;
  const cap = BigInt(offer.maxAmount ?? 0);
  return share < cap ? share : cap;
}

/** Builds the 409 returned when the player already has as many active bonuses as allowed. */
export function activeLimitReached(limit: number): ApiException {
  return new ApiException(
    409,
    'active_bonus_limit',
    `The player already has ${limit} active bonus${limit === 1 ? '' : 'es'}, the most allowed: forfeit one or finish its wagering first`,
  );
}
