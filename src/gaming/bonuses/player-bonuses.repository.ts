import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { WalletEntity } from '../wallet/wallet.entity';
import { BonusOfferEntity } from './bonus-offer.entity';
import { BonusStatus, PlayerBonusEntity } from './player-bonus.entity';

export type BonusListType = 'available' | 'active' | 'claimed' | 'deposit';

/** The fields set when a bonus becomes active. */
export interface Activation {
  amount: bigint;
  wagerGoal: bigint;
  wageringSeconds: number;
  transactionId?: string;
}

/** An active bonus with the eligible games of its offer, as wagering needs them. */
export interface WageringBonus {
  id: string;
  offerId: string;
  balance: string;
  wagered: string;
  wagerGoal: string;
  gameIds: string[];
  /** Whether the wagering time is still running. */
  running: boolean;
  /** Whether the round's game counts for wagering at all. */
  gameCounts: boolean;
  /** Bonus money the round's bet took, in minor units; the same on every row. */
  betFromBonus: string;
}

/** A bonus whose wagering time ran out, with its player's wallet locked. */
export interface DueBonus {
  id: string;
  walletId: string;
}

/**
 * Stores players' bonuses. Every method that changes money expects the player's wallet row to be
 * locked first by the caller's transaction, and locks bonus rows only after it, which keeps one
 * lock order for claims, deposits, rounds and expiry.
 */
@Injectable()
export class PlayerBonusesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Gives the player an `available` row for every open offer of the brand not yet taken. */
  async addOpenOffers(brandId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO player_bonuses (brand_id, offer_id, user_id)
       SELECT brand_id, id, $2 FROM bonus_offers
       WHERE brand_id = $1 AND active AND valid_from <= now() AND valid_to > now()
       ON CONFLICT (offer_id, user_id) DO NOTHING`,
      [brandId, userId],
    );
  }

  /** Returns one page of the player's bonuses, newest first; `available` lists open offers only. */
  findPage(
    userId: string,
    type: BonusListType | undefined,
    offset: number,
    limit: number,
  ): Promise<[PlayerBonusEntity[], number]> {
    const query = this.dataSource
      .getRepository(PlayerBonusEntity)
      .createQueryBuilder('b')
      .innerJoin(BonusOfferEntity, 'o', 'o.id = b.offer_id')
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

  findOfUser(userId: string, id: string): Promise<PlayerBonusEntity | null> {
    return this.dataSource.getRepository(PlayerBonusEntity).findOneBy({ userId, id });
  }

  async countActive(userId: string, manager: EntityManager = this.dataSource.manager) {
    const rows: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM player_bonuses WHERE user_id = $1 AND status = 'active'`,
      [userId],
    );
    return rows[0].count;
  }

  lockWallet(manager: EntityManager, userId: string): Promise<WalletEntity | null> {
    return manager.findOne(WalletEntity, {
      where: { userId },
      lock: { mode: 'for_no_key_update' },
    });
  }

  lockBonus(manager: EntityManager, id: string): Promise<PlayerBonusEntity | null> {
    return manager.findOne(PlayerBonusEntity, {
      where: { id },
      lock: { mode: 'for_no_key_update' },
    });
  }

  async activate(manager: EntityManager, id: string, activation: Activation): Promise<void> {
    await manager.query(
      `UPDATE player_bonuses
       SET status = 'active', amount = $2, balance = $2, wager_goal = $3, wagered = 0,
         transaction_id = $4, activated_at = now(), expires_at = now() + make_interval(secs => $5)
       WHERE id = $1`,
      [
        id,
        activation.amount.toString(),
        activation.wagerGoal.toString(),
        activation.transactionId ?? null,
        activation.wageringSeconds,
      ],
    );
  }

  /** Ends a bonus: it keeps its `wagered`, and its remaining balance becomes zero. */
  async finish(manager: EntityManager, id: string, status: BonusStatus): Promise<void> {
    await manager.query(
      `UPDATE player_bonuses SET status = $2, balance = 0, finished_at = now() WHERE id = $1`,
      [id, status],
    );
  }

  async saveProgress(
    manager: EntityManager,
    id: string,
    progress: { balance: bigint; wagered: bigint },
  ): Promise<void> {
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
  lockForWagering(
    manager: EntityManager,
    bet: { userId: string; gameId: string; roundRowId: string },
  ): Promise<WageringBonus[]> {
    return manager.query(
      `SELECT b.id, b.offer_id AS "offerId", b.balance, b.wagered, b.wager_goal AS "wagerGoal",
         o.game_ids AS "gameIds", b.expires_at > now() AS running,
         COALESCE((SELECT counts_for_wagering FROM games WHERE id = $2), false) AS "gameCounts",
         (SELECT COALESCE(-SUM(amount), 0) FROM ledger_entries
          WHERE reference_type = 'round' AND reference_id = $3 AND type = 'bet'
            AND balance = 'bonus')::text AS "betFromBonus"
       FROM player_bonuses b JOIN bonus_offers o ON o.id = b.offer_id
       WHERE b.user_id = $1 AND b.status = 'active'
       ORDER BY b.activated_at, b.id
       FOR NO KEY UPDATE OF b`,
      [bet.userId, bet.gameId, bet.roundRowId],
    );
  }

  async bonusBalanceOf(manager: EntityManager, walletId: string): Promise<bigint> {
    const rows: { balance: string }[] = await manager.query(
      `SELECT bonus_balance AS balance FROM wallets WHERE id = $1`,
      [walletId],
    );
    return BigInt(rows[0].balance);
  }

  /**
   * Locks the wallets of up to `limit` players whose active bonus's wagering time ran out. It
   * skips wallets that another transaction has locked, such as a round in play or another
   * instance expiring the same bonus, so a later run picks those up.
   */
  lockDue(manager: EntityManager, limit: number): Promise<DueBonus[]> {
    return manager.query(
      `SELECT b.id, w.id AS "walletId"
       FROM player_bonuses b JOIN wallets w ON w.user_id = b.user_id
       WHERE b.status = 'active' AND b.expires_at <= now()
       ORDER BY b.expires_at
       LIMIT $1
       FOR NO KEY UPDATE OF w SKIP LOCKED`,
      [limit],
    );
  }
}
