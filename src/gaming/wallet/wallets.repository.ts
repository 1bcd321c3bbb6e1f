import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { BalanceKind, LedgerEntryEntity, LedgerEntryType } from './ledger-entry.entity';
import { WalletEntity } from './wallet.entity';

export interface LedgerFilter {
  type?: LedgerEntryType;
  from?: Date;
  to?: Date;
}

export interface NewLedgerEntry {
  walletId: string;
  type: LedgerEntryType;
  balance: BalanceKind;
  amount: bigint;
  balanceAfter: string;
  referenceType?: string;
  referenceId?: string;
}

const BALANCE_COLUMNS: Record<BalanceKind, string> = {
  real: 'real_balance',
  bonus: 'bonus_balance',
};

@Injectable()
export class WalletsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Returns the player's wallet, creating an empty one in the given currency on first use. */
  async ensure(
    user: { id: string; brandId: string; currency: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WalletEntity> {
    await manager.query(
      `INSERT INTO wallets (user_id, brand_id, currency) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO NOTHING`,
      [user.id, user.brandId, user.currency],
    );
    return manager.findOneByOrFail(WalletEntity, { userId: user.id });
  }

  /**
   * Adds `amount` (negative to debit) to one balance and writes its ledger entry, in a single
   * statement whose UPDATE takes the row lock, so concurrent movements queue instead of losing
   * updates. Returns the entry, or null when the balance would go below zero, in which case
   * nothing changed.
   */
  async applyMovement(
    manager: EntityManager,
    entry: Omit<NewLedgerEntry, 'balanceAfter'>,
  ): Promise<LedgerEntryEntity | null> {
    const column = BALANCE_COLUMNS[entry.balance];
    const rows: LedgerEntryEntity[] = await manager.query(
      `WITH moved AS (
         UPDATE wallets SET ${column} = ${column} + $2, updated_at = now()
         WHERE id = $1 AND ${column} + $2 >= 0
         RETURNING ${column} AS balance
       )
       INSERT INTO ledger_entries
         (wallet_id, type, balance, amount, balance_after, reference_type, reference_id)
       SELECT $1, $3, $4, $2, moved.balance, $5, $6 FROM moved
       RETURNING id, wallet_id AS "walletId", type, balance, amount, balance_after AS "balanceAfter",
         reference_type AS "referenceType", reference_id AS "referenceId", created_at AS "createdAt"`,
      [
        entry.walletId,
        entry.amount.toString(),
        entry.type,
        entry.balance,
        entry.referenceType ?? null,
        entry.referenceId ?? null,
      ],
    );
    return rows[0] ?? null;
  }

  findByUser(brandId: string, userId: string): Promise<WalletEntity | null> {
    return this.dataSource.getRepository(WalletEntity).findOneBy({ brandId, userId });
  }

  /** Returns one page of a wallet's entries, newest first, and the count of all that match. */
  findEntries(
    walletId: string,
    filter: LedgerFilter,
    offset: number,
    limit: number,
  ): Promise<[LedgerEntryEntity[], number]> {
    const query = this.dataSource
      .getRepository(LedgerEntryEntity)
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
  async reconcile(walletId: string): Promise<{
    realBalance: string;
    bonusBalance: string;
    realSum: string;
    bonusSum: string;
  }> {
    const rows: { realBalance: string; bonusBalance: string; realSum: string; bonusSum: string }[] =
      await this.dataSource.query(
        `SELECT w.real_balance AS "realBalance", w.bonus_balance AS "bonusBalance",
           COALESCE(SUM(e.amount) FILTER (WHERE e.balance = 'real'), 0)::text AS "realSum",
           COALESCE(SUM(e.amount) FILTER (WHERE e.balance = 'bonus'), 0)::text AS "bonusSum"
         FROM wallets w LEFT JOIN ledger_entries e ON e.wallet_id = w.id
         WHERE w.id = $1
         GROUP BY w.id`,
        [walletId],
      );
    return rows[0];
  }
}
