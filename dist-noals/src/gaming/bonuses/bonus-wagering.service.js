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
Object.defineProperty(exports, "__esModule", { value: true });
exports.BonusWageringService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const bonus_lifecycle_service_1 = require("./bonus-lifecycle.service");
const player_bonuses_repository_1 = require("./player-bonuses.repository");
/**
 * Counts bets towards wager goals. The whole bet counts towards the oldest active bonus that the
 * game is eligible for, as long as that bonus's wagering time runs. Reaching the goal converts
 * what is left of that bonus to real money.
 */
let BonusWageringService = class BonusWageringService {
    bonuses;
    lifecycle;
    audit;
    constructor(bonuses, lifecycle, audit) {
        this.bonuses = bonuses;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }
    /**
     * Applies a round's bet to the player's active bonuses. The caller runs it inside the round's
     * transaction after debiting the bet and holding the wallet row lock. That lock makes rounds of
     * one player apply one at a time, and the `active` status check makes a conversion happen once.
     * Returns the bonus money converted to real money by this bet, 0 when none was.
     */
    async recordBet(manager, bet) {
        if (bet.amount <= 0n) {
            return 0n;
        }
        const active = await this.bonuses.lockForWagering(manager, {
            userId: bet.wallet.userId,
            gameId: bet.gameId,
            roundRowId: bet.roundRowId,
        });
        if (active.length === 0) {
            return 0n;
        }
        const balances = spendBonusMoney(BigInt(active[0].betFromBonus), active);
        const wagering = active[0].gameCounts
            ? active.find((bonus) => bonus.running && isEligible(bonus, bet.gameId))
            : undefined;
        let converted = 0n;
        for (const bonus of active) {
            const wagered = BigInt(bonus.wagered) + (bonus === wagering ? bet.amount : 0n);
            const balance = balances.get(bonus.id);
            if (bonus === wagering || balance !== BigInt(bonus.balance)) {
                await this.bonuses.saveProgress(manager, bonus.id, { balance, wagered });
            }
            if (bonus === wagering && wagered >= BigInt(bonus.wagerGoal)) {
                converted += await this.convert(manager, bet.wallet, bonus, balance);
            }
        }
        return converted;
    }
    async convert(manager, wallet, bonus, balance) {
        const converted = await this.lifecycle.convert(manager, wallet, {
            bonusId: bonus.id,
            balance,
        });
        // NOTE: the audit event is buffered outside this transaction, so a round that fails after
        // this point and rolls back still leaves the event in the log.
        this.audit.record('bonus_converted', {
            brandId: wallet.brandId,
            userId: wallet.userId,
            details: { bonus_id: bonus.id, offer_id: bonus.offerId, converted: converted.toString() },
        });
        return converted;
    }
};
exports.BonusWageringService = BonusWageringService;
exports.BonusWageringService = BonusWageringService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [player_bonuses_repository_1.PlayerBonusesRepository,
        bonus_lifecycle_service_1.BonusLifecycleService,
        audit_service_1.AuditService])
], BonusWageringService);
/** Charges the bonus money a bet took to the active bonuses, oldest first; returns new balances. */
function spendBonusMoney(betFromBonus, active) {
    let unpaid = betFromBonus;
    const balances = new Map();
    for (const bonus of active) {
        const balance = BigInt(bonus.balance);
        const spent = unpaid < balance ? unpaid : balance;
        balances.set(bonus.id, balance - spent);
        unpaid -= spent;
    }
    return balances;
}
/** Returns whether the offer counts bets on the game: it lists the game, or lists none. */
function isEligible(bonus, gameId) {
    return bonus.gameIds.length === 0 || bonus.gameIds.includes(gameId);
}
//# sourceMappingURL=bonus-wagering.service.js.map