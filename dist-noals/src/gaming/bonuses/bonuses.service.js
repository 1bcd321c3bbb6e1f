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
exports.BonusesService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const api_exception_1 = require("../../common/errors/api.exception");
const app_config_1 = require("../../config/app-config");
const wallet_service_1 = require("../wallet/wallet.service");
const bonus_lifecycle_service_1 = require("./bonus-lifecycle.service");
const bonus_offers_repository_1 = require("./bonus-offers.repository");
const bonus_rules_1 = require("./bonus-rules");
const bonus_dto_1 = require("./dto/bonus.dto");
const player_bonuses_repository_1 = require("./player-bonuses.repository");
/**
 * A player's bonuses. Every open offer of the player's brand (switched on and inside its validity
 * window) is available to each player once. Listing the bonuses gives the player an `available`
 * row per open offer, and the player claims, forfeits or deposits with that row's id.
 */
let BonusesService = class BonusesService {
    bonuses;
    offers;
    lifecycle;
    wallets;
    audit;
    config;
    constructor(bonuses, offers, lifecycle, wallets, audit, config) {
        this.bonuses = bonuses;
        this.offers = offers;
        this.lifecycle = lifecycle;
        this.wallets = wallets;
        this.audit = audit;
        this.config = config;
    }
    async list(principal, query) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        await this.bonuses.addOpenOffers(wallet.brandId, wallet.userId);
        const offset = (query.page - 1) * query.per_page;
        const [rows, total] = await this.bonuses.findPage(wallet.userId, query.type, offset, query.per_page);
        const offers = await this.offers.findByIds([...new Set(rows.map((row) => row.offerId))]);
        const offerById = new Map(offers.map((offer) => [offer.id, offer]));
        const belowLimit = (await this.bonuses.countActive(wallet.userId)) < this.maxActive;
        const data = rows.map((row) => {
            const offer = offerById.get(row.offerId);
            const canAward = row.status === 'available' && belowLimit && (0, bonus_rules_1.isOfferOpen)(offer);
            return bonus_dto_1.BonusDto.from(row, offer, canAward);
        });
        return { data, page: query.page, per_page: query.per_page, total };
    }
    /**
     * Activates an available manual bonus and credits its amount to the `bonus` balance. The
     * wallet row lock queues concurrent claims of one player, so exactly one of them finds the
     * bonus still available.
     */
    async claim(principal, id) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        const found = await this.getOwn(wallet, id);
        const offer = await this.offerOf(found);
        await this.bonuses.transaction(async (manager) => {
            const locked = await this.lockPair(manager, wallet, id);
            if (locked.bonus.status !== 'available') {
                throw new api_exception_1.ApiException(409, 'bonus_not_available', `Bonus ${id} is ${locked.bonus.status}, so it cannot be claimed`);
            }
            if (offer.activationType === 'deposit') {
                throw new api_exception_1.ApiException(422, 'deposit_bonus', `Bonus ${id} is activated by a deposit: start a deposit with bonus_id ${id}`);
            }
            (0, bonus_rules_1.assertOfferOpen)(offer, id);
            await this.assertBelowActiveLimit(wallet.userId, manager);
            await this.lifecycle.activate(manager, locked.wallet, id, offer, (0, bonus_rules_1.bonusAmountFor)(offer));
        });
        const claimed = await this.getOwn(wallet, id);
        this.audit.record('bonus_claimed', {
            brandId: wallet.brandId,
            clientId: principal.clientId,
            userId: wallet.userId,
            details: { bonus_id: id, offer_id: offer.id, amount: claimed.amount },
        });
        return bonus_dto_1.BonusDto.from(claimed, offer, false);
    }
    /** Gives up an active bonus; its remaining bonus money leaves the wallet with a ledger entry. */
    async forfeit(principal, id) {
        const { wallet } = await this.wallets.getWithDepositedFlag(principal);
        const found = await this.getOwn(wallet, id);
        const offer = await this.offerOf(found);
        const removed = await this.bonuses.transaction(async (manager) => {
            const locked = await this.lockPair(manager, wallet, id);
            if (locked.bonus.status !== 'active') {
                throw new api_exception_1.ApiException(409, 'bonus_not_active', `Bonus ${id} is ${locked.bonus.status}; only an active bonus can be forfeited`);
            }
            const remaining = { bonusId: id, balance: BigInt(locked.bonus.balance) };
            return this.lifecycle.remove(manager, locked.wallet, remaining, 'forfeited');
        });
        this.audit.record('bonus_forfeited', {
            brandId: wallet.brandId,
            clientId: principal.clientId,
            userId: wallet.userId,
            details: { bonus_id: id, offer_id: offer.id, removed: removed.toString() },
        });
        return bonus_dto_1.BonusDto.from(await this.getOwn(wallet, id), offer, false);
    }
    /** Throws 409 when the player already has MAX_ACTIVE_BONUSES active bonuses. */
    async assertBelowActiveLimit(userId, manager) {
        if ((await this.bonuses.countActive(userId, manager)) >= this.maxActive) {
            throw (0, bonus_rules_1.activeLimitReached)(this.maxActive);
        }
    }
    get maxActive() {
        return this.config.MAX_ACTIVE_BONUSES;
    }
    /** Returns the player's bonus; 404 for a bonus of another player or brand. */
    async getOwn(wallet, id) {
        const bonus = await this.bonuses.findOfUser(wallet.userId, id);
        if (!bonus) {
            throw new common_1.NotFoundException(`Bonus ${id} was not found`);
        }
        return bonus;
    }
    async offerOf(bonus) {
        const [offer] = await this.offers.findByIds([bonus.offerId]);
        return offer;
    }
    /** Locks the wallet, then the bonus: the lock order every bonus change keeps. */
    async lockPair(manager, wallet, id) {
        const lockedWallet = await this.bonuses.lockWallet(manager, wallet.userId);
        const bonus = await this.bonuses.lockBonus(manager, id);
        if (!lockedWallet || !bonus) {
            throw new common_1.NotFoundException(`Bonus ${id} was not found`);
        }
        return { wallet: lockedWallet, bonus };
    }
};
exports.BonusesService = BonusesService;
exports.BonusesService = BonusesService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [player_bonuses_repository_1.PlayerBonusesRepository,
        bonus_offers_repository_1.BonusOffersRepository,
        bonus_lifecycle_service_1.BonusLifecycleService,
        wallet_service_1.WalletService,
        audit_service_1.AuditService,
        app_config_1.AppConfig])
], BonusesService);
//# sourceMappingURL=bonuses.service.js.map