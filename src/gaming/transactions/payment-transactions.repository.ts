import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PaymentType } from '../payment-methods/payment-method.entity';
import { WalletEntity } from '../wallet/wallet.entity';
import {
  PaymentTransactionEntity,
  TransactionAction,
  TransactionStatus,
} from './payment-transaction.entity';

export interface TransactionFilter {
  type?: PaymentType;
  status?: TransactionStatus;
  from?: Date;
  to?: Date;
}

/** The columns a status change may set besides the status. */
export interface StatusChange {
  status: TransactionStatus;
  action: TransactionAction | null;
  redirectUrl: string | null;
  cardLast4?: string;
}

@Injectable()
export class PaymentTransactionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(
    manager: EntityManager,
    transaction: Partial<PaymentTransactionEntity>,
  ): Promise<void> {
    await manager.insert(PaymentTransactionEntity, transaction);
  }

  /**
   * Changes the status only while it is still `expected`, so that of two concurrent changes one
   * wins and the other matches no row. Returns the changed transaction, or null when it lost.
   */
  async changeStatus(
    manager: EntityManager,
    id: string,
    expected: TransactionStatus,
    change: StatusChange,
  ): Promise<PaymentTransactionEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .update(PaymentTransactionEntity)
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
    return manager.findOneByOrFail(PaymentTransactionEntity, { id });
  }

  /** Sets the player's `deposited` flag in the transaction that credits the first deposit. */
  /**
   * Sums the player's deposits that are started but neither credited nor finished, which a
   * deposit limit must count as well.
   */
  async sumUncreditedDeposits(manager: EntityManager, userId: string): Promise<bigint> {
    const rows: { total: string }[] = await manager.query(
      `SELECT COALESCE(SUM(amount), 0)::text AS total FROM payment_transactions
       WHERE user_id = $1 AND type = 'deposit'
         AND status IN ('started', 'card_requested', 'credentials_requested', 'pending')`,
      [userId],
    );
    return BigInt(rows[0].total);
  }

  async markDeposited(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE users SET deposited = true WHERE id = $1 AND NOT deposited`, [
      userId,
    ]);
  }

  findWallet(manager: EntityManager, walletId: string): Promise<WalletEntity> {
    return manager.findOneByOrFail(WalletEntity, { id: walletId });
  }

  findInBrand(brandId: string, id: string): Promise<PaymentTransactionEntity | null> {
    return this.dataSource.getRepository(PaymentTransactionEntity).findOneBy({ brandId, id });
  }

  findOfProvider(providerId: string, id: string): Promise<PaymentTransactionEntity | null> {
    return this.dataSource.getRepository(PaymentTransactionEntity).findOneBy({ providerId, id });
  }

  findOfUser(userId: string, id: string): Promise<PaymentTransactionEntity | null> {
    return this.dataSource.getRepository(PaymentTransactionEntity).findOneBy({ userId, id });
  }

  findById(id: string): Promise<PaymentTransactionEntity> {
    return this.dataSource.getRepository(PaymentTransactionEntity).findOneByOrFail({ id });
  }

  /** Returns one page of a player's transactions, newest first, and the count of all that match. */
  listOfUser(
    userId: string,
    filter: TransactionFilter,
    offset: number,
    limit: number,
  ): Promise<[PaymentTransactionEntity[], number]> {
    const query = this.dataSource
      .getRepository(PaymentTransactionEntity)
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
}
