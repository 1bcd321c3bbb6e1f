"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var BonusDepositsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.BonusDepositsService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const api_exception_1 = require("../../common/errors/api.exception");
const validation_failed_exception_1 = require("../../common/errors/validation-failed.exception");
const bonus_lifecycle_service_1 = require("./bonus-lifecycle.service");
const bonus_offers_repository_1 = require("./bonus-offers.repository");
const bonus_rules_1 = require("./bonus-rules");
const bonuses_service_1 = require("./bonuses.service");
const player_bonuses_repository_1 = require("./player-bonuses.repository");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Deposit bonuses: checked when a deposit starts, activated when it completes. */
let BonusDepositsService = BonusDepositsService_1 = class BonusDepositsService {
    bonuses;
    offers;
    player;
    lifecycle;
    audit;
    logger = new common_1.Logger(BonusDepositsService_1.name);
    constructor(bonuses, offers, player, lifecycle, audit) {
        this.bonuses = bonuses;
        this.offers = offers;
        this.player = player;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }
    /**
     * Checks a deposit's `bonus_id` before the deposit starts: it must be the player's available
     * deposit bonus, its offer open, the amount at least the minimum deposit and the player below
     * the active bonus limit. Throws 400 naming `bonus_id` or `amount`, or 409 for the limit.
     */
    async assertUsable(wallet, bonusId, amount) {
        const bonus = UUID.test(bonusId) ? await this.bonuses.findOfUser(wallet.userId, bonusId) : null;
        if (!bonus) {
            throw invalidBonusId(`bonus_id ${bonusId} is not a bonus of this player`);
        }
        const offer = await this.offerOf(bonus);
        if (bonus.status !== 'available' || offer.activationType !== 'deposit') {
            throw invalidBonusId(bonus.status !== 'available'
                ? `bonus_id ${bonusId} is ${bonus.status}, not available`
                : `bonus_id ${bonusId} is claimed by hand, not by a deposit`);
        }
        (0, bonus_rules_1.assertOfferOpen)(offer, bonusId);
        const minimum = BigInt(offer.minDeposit ?? 0);
        if (amount < minimum) {
            throw new validation_failed_exception_1.ValidationFailedException({
                amount: [`amount must be at least ${minimum} minor units to activate bonus ${bonusId}`],
            });
        }
        await this.player.assertBelowActiveLimit(wallet.userId);
    }
    /**
     * Activates the deposit's bonus in the transaction that credits the deposit, repeating the
     * checks of deposit start. When one fails now, because the offer closed or another bonus became
     * active, the deposit still completes without the bonus and the reason is logged.
     */
    async activateForDeposit(manager, wallet, deposit) {
        const bonus = await this.bonuses.lockBonus(manager, deposit.bonusId);
        if (!bonus || bonus.userId !== deposit.userId) {
            return this.skip(deposit, 'the bonus is not a bonus of this player');
        }
        const offer = await this.offerOf(bonus);
        const amount = (0, bonus_rules_1.bonusAmountFor)(offer, deposit.amount);
        const reason = await this.refusal(manager, bonus, offer, deposit, amount);
        if (reason) {
            return this.skip(deposit, reason);
        }
        await this.lifecycle.activate(manager, wallet, bonus.id, offer, amount, deposit.id);
        this.audit.record('bonus_triggered', {
            brandId: bonus.brandId,
            userId: bonus.userId,
            details: {
                bonus_id: bonus.id,
                offer_id: offer.id,
                transaction_id: deposit.id,
                amount: amount.toString(),
            },
        });
    }
    async refusal(manager, bonus, offer, deposit, amount) {
        if (bonus.status !== 'available' || offer.activationType !== 'deposit') {
            return `the bonus is ${bonus.status} with activation_type ${offer.activationType}`;
        }
        if (deposit.amount < BigInt(offer.minDeposit ?? 0) || amount <= 0n) {
            return 'the deposit is below the minimum deposit of the offer';
        }
        try {
            (0, bonus_rules_1.assertOfferOpen)(offer, bonus.id);
            await this.player.assertBelowActiveLimit(bonus.userId, manager);
        }
        catch (error) {
            if (error instanceof api_exception_1.ApiException)
                return error.message;
            throw error;
        }
        return null;
    }
    skip(deposit, reason) {
        this.logger.warn({ transactionId: deposit.id, bonusId: deposit.bonusId, reason }, 'Deposit completed without activating its bonus');
    }
    async offerOf(bonus) {
        const [offer] = await this.offers.findByIds([bonus.offerId]);
        return offer;
    }
};
exports.BonusDepositsService = BonusDepositsService;
exports.BonusDepositsService = BonusDepositsService = BonusDepositsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [player_bonuses_repository_1.PlayerBonusesRepository,
        bonus_offers_repository_1.BonusOffersRepository,
        bonuses_service_1.BonusesService,
        bonus_lifecycle_service_1.BonusLifecycleService,
        audit_service_1.AuditService])
], BonusDepositsService);
function invalidBonusId(message) {
    return new validation_failed_exception_1.ValidationFailedException({ bonus_id: [message] });
}
//# sourceMappingURL=bonus-deposits.service.js.map