"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isOfferOpen = isOfferOpen;
exports.assertOfferOpen = assertOfferOpen;
exports.bonusAmountFor = bonusAmountFor;
exports.activeLimitReached = activeLimitReached;
const api_exception_1 = require("../../common/errors/api.exception");
/** Returns whether players can take the offer at `now`: switched on and inside its window. */
function isOfferOpen(offer, now = new Date()) {
    return offer.active && offer.validFrom <= now && offer.validTo > now;
}
/** Throws the 422 that states why a closed offer cannot be taken. */
function assertOfferOpen(offer, bonusId, now = new Date()) {
    if (offer.validTo <= now) {
        throw new api_exception_1.ApiException(422, 'bonus_expired', `The offer of bonus ${bonusId} ended at ${offer.validTo.toISOString()}`);
    }
    if (!isOfferOpen(offer, now)) {
        throw new api_exception_1.ApiException(422, 'bonus_unavailable', offer.active
            ? `The offer of bonus ${bonusId} opens at ${offer.validFrom.toISOString()}`
            : `The offer of bonus ${bonusId} was withdrawn by the brand`);
    }
}
/** Returns the bonus a deposit of `deposit` minor units earns: the fixed amount or the capped percentage. */
function bonusAmountFor(offer, deposit) {
    if (offer.amountType === 'fixed') {
        return BigInt(offer.amount ?? 0);
    }
    const share = ((deposit ?? 0n) * BigInt(offer.percentage ?? 0)) / 100n;
    const cap = BigInt(offer.maxAmount ?? 0);
    return share < cap ? share : cap;
}
/** Builds the 409 returned when the player already has as many active bonuses as allowed. */
function activeLimitReached(limit) {
    return new api_exception_1.ApiException(409, 'active_bonus_limit', `The player already has ${limit} active bonus${limit === 1 ? '' : 'es'}, the most allowed: forfeit one or finish its wagering first`);
}
//# sourceMappingURL=bonus-rules.js.map