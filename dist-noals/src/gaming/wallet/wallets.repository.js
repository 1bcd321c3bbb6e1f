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
exports.WalletsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const ledger_entry_entity_1 = require("./ledger-entry.entity");
const wallet_entity_1 = require("./wallet.entity");
const BALANCE_COLUMNS = {
    real: 'real_balance',
    bonus: 'bonus_balance',
};
let WalletsRepository = class WalletsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    /** Returns the player's wallet, creating an empty one in the given currency on first use. */
    async ensure(user, manager = this.dataSource.manager) {
        await manager.query(`INSERT INTO wallets (user_id, brand_id, currency) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO NOTHING`, [user.id, user.brandId, user.currency]);
        return manager.findOneByOrFail(wallet_entity_1.WalletEntity, { userId: user.id });
    }
    /**
     * Adds `amount` (negative to debit) to one balance and writes its ledger entry, in a single
     * statement whose UPDATE takes the row lock, so concurrent movements queue instead of losing
     * updates. Returns the entry, or null when the balance would go below zero, in which case
     * nothing changed.
     */
    async applyMovement(manager, entry) {
        const column = BALANCE_COLUMNS[entry.balance];
        const rows = await manager.query(`WITH moved AS (
         UPDATE wallets SET ${column} = ${column} + $2, updated_at = now()
         WHERE id = $1 AND ${column} + $2 >= 0
         RETURNING ${column} AS balance
       )
       INSERT INTO ledger_entries
         (wallet_id, type, balance, amount, balance_after, reference_type, reference_id)
       SELECT $1, $3, $4, $2, moved.balance, $5, $6 FROM moved
       RETURNING id, wallet_id AS "walletId", type, balance, amount, balance_after AS "balanceAfter",
         reference_type AS "referenceType", reference_id AS "referenceId", created_at AS "createdAt"`, [
            entry.walletId,
            entry.amount.toString(),
            entry.type,
            entry.balance,
            entry.referenceType ?? null,
            entry.referenceId ?? null,
        ]);
        return rows[0] ?? null;
    }
    findByUser(brandId, userId) {
        return this.dataSource.getRepository(wallet_entity_1.WalletEntity).findOneBy({ brandId, userId });
    }
    /** Returns one page of a wallet's entries, newest first, and the count of all that match. */
    findEntries(walletId, filter, offset, limit) {
        const query = this.dataSource
            .getRepository(ledger_entry_entity_1.LedgerEntryEntity)
            .createQueryBuilder('entry')
            .where('entry.wallet_id = :walletId', { walletId });
        if (filter.type) {
            query.andWhere('entry.type = :type', { type: filter.type });
        }
        if (filter.from) {
            query.andWhere('entry.created_at >= :from', { from: filter.from });
        }
        if (filter.to) {
            query.andWhere('entry.created_at < :to', { to: filter.to });
        }
        return query
            .orderBy('entry.created_at', 'DESC')
            .addOrderBy('entry.id', 'DESC')
            .skip(offset)
            .take(limit)
            .getManyAndCount();
    }
    /** Sums a wallet's entries per balance, read in one snapshot with the balances themselves. */
    async reconcile(walletId) {
        const rows = await this.dataSource.query(`SELECT w.real_balance AS "realBalance", w.bonus_balance AS "bonusBalance",
           COALESCE(SUM(e.amount) FILTER (WHERE e.balance = 'real'), 0)::text AS "realSum",
           COALESCE(SUM(e.amount) FILTER (WHERE e.balance = 'bonus'), 0)::text AS "bonusSum"
         FROM wallets w LEFT JOIN ledger_entries e ON e.wallet_id = w.id
         WHERE w.id = $1
         GROUP BY w.id`, [walletId]);
        return rows[0];
    }
};
exports.WalletsRepository = WalletsRepository;
exports.WalletsRepository = WalletsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], WalletsRepository);
//# sourceMappingURL=wallets.repository.js.map