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
exports.BonusLifecycleService = void 0;
const common_1 = require("@nestjs/common");
const wallet_service_1 = require("../wallet/wallet.service");
const player_bonuses_repository_1 = require("./player-bonuses.repository");
/**
 * Status changes of a player's bonus together with their ledger entries. Every method runs in the
 * caller's transaction, which must already hold the player's wallet row lock.
 */
let BonusLifecycleService = class BonusLifecycleService {
    bonuses;
    wallets;
    constructor(bonuses, wallets) {
        this.bonuses = bonuses;
        this.wallets = wallets;
    }
    /** Activates a bonus of `amount` minor units and credits the wallet's `bonus` balance. */
    async activate(manager, wallet, bonusId, offer, amount, transactionId) {
        const wagerGoal = amount * BigInt(offer.wagerMultiplier);
        await this.bonuses.activate(manager, bonusId, {
            amount,
            wagerGoal,
            wageringSeconds: offer.wageringSeconds,
            transactionId,
        });
        await this.wallets.move({
            wallet,
            balance: 'bonus',
            amount,
            type: 'bonus_credit',
            referenceType: 'bonus',
            referenceId: bonusId,
        }, manager);
    }
    /**
     * Moves the bonus's remaining money from `bonus` to `real` and marks it claimed. Returns the
     * amount converted, which is zero when the bets already spent it.
     */
    async convert(manager, wallet, remaining) {
        const amount = await this.withinWallet(manager, wallet, remaining.balance);
        if (amount > 0n) {
            const reference = { wallet, referenceType: 'bonus', referenceId: remaining.bonusId };
            await this.wallets.move({ ...reference, balance: 'bonus', amount: -amount, type: 'bonus_conversion' }, manager);
            await this.wallets.move({ ...reference, balance: 'real', amount, type: 'bonus_conversion' }, manager);
        }
        await this.bonuses.finish(manager, remaining.bonusId, 'claimed');
        return amount;
    }
    /**
     * Removes the bonus's remaining money from the `bonus` balance and ends the bonus as forfeited
     * or expired. Returns the amount removed.
     */
    async remove(manager, wallet, remaining, status) {
        const amount = await this.withinWallet(manager, wallet, remaining.balance);
        if (amount > 0n) {
            await this.wallets.move({
                wallet,
                balance: 'bonus',
                amount: -amount,
                type: 'bonus_forfeit',
                referenceType: 'bonus',
                referenceId: remaining.bonusId,
            }, manager);
        }
        await this.bonuses.finish(manager, remaining.bonusId, status);
        return amount;
    }
    /**
     * Caps a bonus's balance at the wallet's bonus balance, which a back-office adjustment may
     * have lowered below it.
     */
    async withinWallet(manager, wallet, balance) {
        const inWallet = await this.bonuses.bonusBalanceOf(manager, wallet.id);
        return balance < inWallet ? balance : inWallet;
    }
};
exports.BonusLifecycleService = BonusLifecycleService;
exports.BonusLifecycleService = BonusLifecycleService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [player_bonuses_repository_1.PlayerBonusesRepository,
        wallet_service_1.WalletService])
], BonusLifecycleService);
//# sourceMappingURL=bonus-lifecycle.service.js.map