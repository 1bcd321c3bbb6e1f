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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlayerBonusesRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const wallet_entity_1 = require("../wallet/wallet.entity");
const bonus_offer_entity_1 = require("./bonus-offer.entity");
const player_bonus_entity_1 = require("./player-bonus.entity");
/**
 * Stores players' bonuses. Every method that changes money expects the player's wallet row to be
 * locked first by the caller's transaction, and locks bonus rows only after it, which keeps one
 * lock order for claims, deposits, rounds and expiry.
 */
let PlayerBonusesRepository = class PlayerBonusesRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    /** Gives the player an `available` row for every open offer of the brand not yet taken. */
    async addOpenOffers(brandId, userId) {
        await this.dataSource.query(`INSERT INTO player_bonuses (brand_id, offer_id, user_id)
       SELECT brand_id, id, $2 FROM bonus_offers
       WHERE brand_id = $1 AND active AND valid_from <= now() AND valid_to > now()
       ON CONFLICT (offer_id, user_id) DO NOTHING`, [brandId, userId]);
    }
    /** Returns one page of the player's bonuses, newest first; `available` lists open offers only. */
    findPage(userId, type, offset, limit) {
        const query = this.dataSource
            .getRepository(player_bonus_entity_1.PlayerBonusEntity)
            .createQueryBuilder('b')
            .innerJoin(bonus_offer_entity_1.BonusOfferEntity, 'o', 'o.id = b.offer_id')
            .where('b.user_id = :userId', { userId });
        if (type === 'active' || type === 'claimed') {
            query.andWhere('b.status = :status', { status: type });
        }
        if (type === 'available' || type === 'deposit') {
            query
                .andWhere(`b.status = 'available'`)
                .andWhere('o.active AND o.valid_from <= now() AND o.valid_to > now()');
        }
        if (type === 'deposit') {
            query.andWhere(`o.activation_type = 'deposit'`);
        }
        return query
            .orderBy('b.created_at', 'DESC')
            .addOrderBy('b.id', 'DESC')
            .skip(offset)
            .take(limit)
            .getManyAndCount();
    }
    findOfUser(userId, id) {
        return this.dataSource.getRepository(player_bonus_entity_1.PlayerBonusEntity).findOneBy({ userId, id });
    }
    async countActive(userId, manager = this.dataSource.manager) {
        const rows = await manager.query(`SELECT count(*)::int AS count FROM player_bonuses WHERE user_id = $1 AND status = 'active'`, [userId]);
        return rows[0].count;
    }
    lockWallet(manager, userId) {
        return manager.findOne(wallet_entity_1.WalletEntity, {
            where: { userId },
            lock: { mode: 'for_no_key_update' },
        });
    }
    lockBonus(manager, id) {
        return manager.findOne(player_bonus_entity_1.PlayerBonusEntity, {
            where: { id },
            lock: { mode: 'for_no_key_update' },
        });
    }
    async activate(manager, id, activation) {
        await manager.query(`UPDATE player_bonuses
       SET status = 'active', amount = $2, balance = $2, wager_goal = $3, wagered = 0,
         transaction_id = $4, activated_at = now(), expires_at = now() + make_interval(secs => $5)
       WHERE id = $1`, [
            id,
            activation.amount.toString(),
            activation.wagerGoal.toString(),
            activation.transactionId ?? null,
            activation.wageringSeconds,
        ]);
    }
    /** Ends a bonus: it keeps its `wagered`, and its remaining balance becomes zero. */
    async finish(manager, id, status) {
        await manager.query(`UPDATE player_bonuses SET status = $2, balance = 0, finished_at = now() WHERE id = $1`, [id, status]);
    }
    async saveProgress(manager, id, progress) {
        await manager.query(`UPDATE player_bonuses SET balance = $2, wagered = $3 WHERE id = $1`, [
            id,
            progress.balance.toString(),
            progress.wagered.toString(),
        ]);
    }
    /**
     * Locks the player's active bonuses, oldest activation first, and reads in the same statement
     * what wagering needs: whether the game counts and how much bonus money the round's bet took.
     * Returns no rows when the player has no active bonus.
     */
    lockForWagering(manager, bet) {
        return manager.query(`SELECT b.id, b.offer_id AS "offerId", b.balance, b.wagered, b.wager_goal AS "wagerGoal",
         o.game_ids AS "gameIds", b.expires_at > now() AS running,
         COALESCE((SELECT counts_for_wagering FROM games WHERE id = $2), false) AS "gameCounts",
         (SELECT COALESCE(-SUM(amount), 0) FROM ledger_entries
          WHERE reference_type = 'round' AND reference_id = $3 AND type = 'bet'
            AND balance = 'bonus')::text AS "betFromBonus"
       FROM player_bonuses b JOIN bonus_offers o ON o.id = b.offer_id
       WHERE b.user_id = $1 AND b.status = 'active'
       ORDER BY b.activated_at, b.id
       FOR NO KEY UPDATE OF b`, [bet.userId, bet.gameId, bet.roundRowId]);
    }
    async bonusBalanceOf(manager, walletId) {
        const rows = await manager.query(`SELECT bonus_balance AS balance FROM wallets WHERE id = $1`, [walletId]);
        return BigInt(rows[0].balance);
    }
    /**
     * Locks the wallets of up to `limit` players whose active bonus's wagering time ran out. It
     * skips wallets that another transaction has locked, such as a round in play or another
     * instance expiring the same bonus, so a later run picks those up.
     */
    lockDue(manager, limit) {
        return manager.query(`SELECT b.id, w.id AS "walletId"
       FROM player_bonuses b JOIN wallets w ON w.user_id = b.user_id
       WHERE b.status = 'active' AND b.expires_at <= now()
       ORDER BY b.expires_at
       LIMIT $1
       FOR NO KEY UPDATE OF w SKIP LOCKED`, [limit]);
    }
};
exports.PlayerBonusesRepository = PlayerBonusesRepository;
exports.PlayerBonusesRepository = PlayerBonusesRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], PlayerBonusesRepository);
//# sourceMappingURL=player-bonuses.repository.js.map