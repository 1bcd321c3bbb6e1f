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
exports.PaymentTransactionsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const wallet_entity_1 = require("../wallet/wallet.entity");
const payment_transaction_entity_1 = require("./payment-transaction.entity");
let PaymentTransactionsRepository = class PaymentTransactionsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    async insert(manager, transaction) {
        await manager.insert(payment_transaction_entity_1.PaymentTransactionEntity, transaction);
    }
    /**
     * Changes the status only while it is still `expected`, so that of two concurrent changes one
     * wins and the other matches no row. Returns the changed transaction, or null when it lost.
     */
    async changeStatus(manager, id, expected, change) {
        const result = await manager
            .createQueryBuilder()
            .update(payment_transaction_entity_1.PaymentTransactionEntity)
            .set({
            status: change.status,
            action: change.action,
            redirectUrl: change.redirectUrl,
            ...(change.cardLast4 ? { cardLast4: change.cardLast4 } : {}),
        })
            .where('id = :id AND status = :expected', { id, expected })
            .execute();
        if (result.affected !== 1) {
            return null;
        }
        return manager.findOneByOrFail(payment_transaction_entity_1.PaymentTransactionEntity, { id });
    }
    /** Sets the player's `deposited` flag in the transaction that credits the first deposit. */
    /**
     * Sums the player's deposits that are started but neither credited nor finished, which a
     * deposit limit must count as well.
     */
    async sumUncreditedDeposits(manager, userId) {
        const rows = await manager.query(`SELECT COALESCE(SUM(amount), 0)::text AS total FROM payment_transactions
       WHERE user_id = $1 AND type = 'deposit'
         AND status IN ('started', 'card_requested', 'credentials_requested', 'pending')`, [userId]);
        return BigInt(rows[0].total);
    }
    async markDeposited(manager, userId) {
        await manager.query(`UPDATE users SET deposited = true WHERE id = $1 AND NOT deposited`, [
            userId,
        ]);
    }
    findWallet(manager, walletId) {
        return manager.findOneByOrFail(wallet_entity_1.WalletEntity, { id: walletId });
    }
    findInBrand(brandId, id) {
        return this.dataSource.getRepository(payment_transaction_entity_1.PaymentTransactionEntity).findOneBy({ brandId, id });
    }
    findOfProvider(providerId, id) {
        return this.dataSource.getRepository(payment_transaction_entity_1.PaymentTransactionEntity).findOneBy({ providerId, id });
    }
    findOfUser(userId, id) {
        return this.dataSource.getRepository(payment_transaction_entity_1.PaymentTransactionEntity).findOneBy({ userId, id });
    }
    findById(id) {
        return this.dataSource.getRepository(payment_transaction_entity_1.PaymentTransactionEntity).findOneByOrFail({ id });
    }
    /** Returns one page of a player's transactions, newest first, and the count of all that match. */
    listOfUser(userId, filter, offset, limit) {
        const query = this.dataSource
            .getRepository(payment_transaction_entity_1.PaymentTransactionEntity)
            .createQueryBuilder('transaction')
            .where('transaction.user_id = :userId', { userId });
        if (filter.type) {
            query.andWhere('transaction.type = :type', { type: filter.type });
        }
        if (filter.status) {
            query.andWhere('transaction.status = :status', { status: filter.status });
        }
        if (filter.from) {
            query.andWhere('transaction.created_at >= :from', { from: filter.from });
        }
        if (filter.to) {
            query.andWhere('transaction.created_at < :to', { to: filter.to });
        }
        return query
            .orderBy('transaction.created_at', 'DESC')
            .addOrderBy('transaction.id', 'DESC')
            .skip(offset)
            .take(limit)
            .getManyAndCount();
    }
};
exports.PaymentTransactionsRepository = PaymentTransactionsRepository;
exports.PaymentTransactionsRepository = PaymentTransactionsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], PaymentTransactionsRepository);
//# sourceMappingURL=payment-transactions.repository.js.map