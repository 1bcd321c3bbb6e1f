import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { DebitOrder } from '../../brands/brand-settings';
import { RawEntityQuery } from '../../database/raw-entity';
import { WalletEntity } from '../wallet/wallet.entity';
import { GameRoundEntity } from './game-round.entity';
import { GameSessionEntity } from './game-session.entity';
import { GameEntity } from './game.entity';

export interface SessionFilter {
  gameId?: string;
  from?: Date;
  to?: Date;
}

/** A game session with what recording a round of it needs from its game and brand. */
export interface RoundTarget {
  session: GameSessionEntity;
  /** Empty when the game is not in the session's brand. */
  provider: string;
  gameName: string;
  debitOrder: DebitOrder;
}

export interface RoundClaim {
  brandId: string;
  provider: string;
  roundId: string;
  sessionId: string;
  bet: number;
  win: number;
}

/** Stores the games catalogue, game sessions and the rounds reported for them. */
@Injectable()
export class GamesRepository {
  // Every reported round runs these, so they skip TypeORM's query builder.
  private readonly gameInBrand: RawEntityQuery<GameEntity>;
  private readonly lockedSession: RawEntityQuery<GameSessionEntity>;
  private readonly lockedWallet: RawEntityQuery<WalletEntity>;
  private readonly roundTargetSql: string;
  private readonly claimRoundSql: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    const sessionColumns = dataSource
      .getMetadata(GameSessionEntity)
      .columns.map((column) => `s."${column.databaseName}"`)
      .join(', ');
    this.roundTargetSql = `SELECT ${sessionColumns}, g.provider AS "targetProvider",
        g.name AS "targetGameName", b.debit_order AS "targetDebitOrder"
      FROM game_sessions s
      JOIN brands b ON b.id = s.brand_id
      LEFT JOIN games g ON g.id = s.game_id AND g.brand_id = s.brand_id
      WHERE s.id = $1 AND s.brand_id = $2`;
    this.claimRoundSql = `WITH claimed AS (
        INSERT INTO game_rounds (brand_id, provider, round_id, session_id, bet, win)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (brand_id, provider, round_id) DO NOTHING
        RETURNING id
      )
      SELECT ${sessionColumns}, claimed.id AS "claimedRoundId"
      FROM claimed JOIN game_sessions s ON s.id = $4
      FOR NO KEY UPDATE OF s`;
    this.gameInBrand = new RawEntityQuery(dataSource, GameEntity, 'brand_id = $1 AND id = $2');
    this.lockedSession = new RawEntityQuery(
      dataSource,
      GameSessionEntity,
      'id = $1',
      'FOR NO KEY UPDATE',
    );
    this.lockedWallet = new RawEntityQuery(
      dataSource,
      WalletEntity,
      'id = $1',
      'FOR NO KEY UPDATE',
      `EXISTS (SELECT 1 FROM player_bonuses b
         WHERE b.user_id = wallets.user_id AND b.status = 'active') AS "hasActiveBonus"`,
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  createGame(game: Partial<GameEntity>): Promise<GameEntity> {
    const repository = this.dataSource.getRepository(GameEntity);
    return repository.save(repository.create(game));
  }

  saveGame(game: GameEntity): Promise<GameEntity> {
    return this.dataSource.getRepository(GameEntity).save({ ...game, updatedAt: new Date() });
  }

  findGame(brandId: string, id: string): Promise<GameEntity | null> {
    return this.gameInBrand.findOne([brandId, id]);
  }

  findGames(brandId: string, offset: number, limit: number): Promise<[GameEntity[], number]> {
    return this.dataSource.getRepository(GameEntity).findAndCount({
      where: { brandId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  /** Inserts a session and reads it back with the dates the database set. */
  async createSession(session: Partial<GameSessionEntity>): Promise<GameSessionEntity> {
    const repository = this.dataSource.getRepository(GameSessionEntity);
    const { id } = await repository.save(repository.create(session));
    return repository.findOneByOrFail({ id });
  }

  findSession(
    where: { id: string; brandId: string; userId?: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<GameSessionEntity | null> {
    return manager.findOneBy(GameSessionEntity, where);
  }

  /**
   * Reads a session of a brand with its game's provider and name and the brand's debit order in
   * one statement. Returns null when the brand has no such session.
   */
  async findRoundTarget(brandId: string, sessionId: string): Promise<RoundTarget | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(this.roundTargetSql, [
      sessionId,
      brandId,
    ]);
    if (rows.length === 0) {
      return null;
    }
    const row = rows[0];
    return {
      session: this.lockedSession.hydrate(row),
      provider: (row.targetProvider as string | null) ?? '',
      gameName: (row.targetGameName as string | null) ?? '',
      debitOrder: row.targetDebitOrder as DebitOrder,
    };
  }

  findSessions(
    userId: string,
    filter: SessionFilter,
    offset: number,
    limit: number,
  ): Promise<[GameSessionEntity[], number]> {
    const query = this.dataSource
      .getRepository(GameSessionEntity)
      .createQueryBuilder('s')
      .where('s.user_id = :userId', { userId });
    if (filter.gameId) query.andWhere('s.game_id = :gameId', { gameId: filter.gameId });
    if (filter.from) query.andWhere('s.start_date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('s.start_date < :to', { to: filter.to });
    return query
      .orderBy('s.start_date', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  async gameNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const games = await this.dataSource
      .getRepository(GameEntity)
      .createQueryBuilder('g')
      .where('g.id IN (:...ids)', { ids })
      .getMany();
    return new Map(games.map((game) => [game.id, game.name]));
  }

  /** Ends an active session; returns null when it was already ended. */
  async endSession(id: string): Promise<GameSessionEntity | null> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE game_sessions SET status = 'ended', end_date = now()
       WHERE id = $1 AND status = 'active' RETURNING id`,
      [id],
    );
    return rows.length ? this.dataSource.manager.findOneBy(GameSessionEntity, { id }) : null;
  }

  /**
   * Claims a round id and locks its session row in one statement. Returns null when the id was
   * already claimed. When another uncommitted transaction inserted the same id, PostgreSQL waits
   * for it to end: a commit makes this claim fail, a rollback lets it succeed. The lock is FOR NO
   * KEY UPDATE: the claimed round's foreign key takes FOR KEY SHARE on the same row, and FOR
   * UPDATE would deadlock two concurrent rounds of one session.
   */
  async claimRound(
    manager: EntityManager,
    claim: RoundClaim,
  ): Promise<{ roundRowId: string; session: GameSessionEntity } | null> {
    const rows: Record<string, unknown>[] = await manager.query(this.claimRoundSql, [
      claim.brandId,
      claim.provider,
      claim.roundId,
      claim.sessionId,
      claim.bet,
      claim.win,
    ]);
    if (rows.length === 0) {
      return null;
    }
    const row = rows[0];
    return { roundRowId: row.claimedRoundId as string, session: this.lockedSession.hydrate(row) };
  }

  findRound(brandId: string, provider: string, roundId: string): Promise<GameRoundEntity | null> {
    return this.dataSource.manager.findOneBy(GameRoundEntity, { brandId, provider, roundId });
  }

  /**
   * Locks the wallet row FOR NO KEY UPDATE and returns it with whether an active bonus of its
   * player was seen. That check reads the snapshot taken before any wait for the lock, so it can
   * miss a bonus activated meanwhile. The activation also credited the bonus balance, which the
   * locked row does show.
   */
  async lockWallet(
    manager: EntityManager,
    id: string,
  ): Promise<{ wallet: WalletEntity; hasActiveBonus: boolean } | null> {
    const row = await this.lockedWallet.findRow([id], manager);
    return row
      ? { wallet: this.lockedWallet.hydrate(row), hasActiveBonus: row.hasActiveBonus === true }
      : null;
  }

  /**
   * Adds a round's bet and win to its session's totals, sets the balance after it and the time of
   * the latest activity, and stores the round's response, in one statement.
   */
  async finishRound(
    manager: EntityManager,
    round: { sessionId: string; roundRowId: string; bet: number; win: number; amountAfter: bigint },
    response: object,
  ): Promise<void> {
    // TypeORM returns [rows, affected count] for an UPDATE.
    const [rows]: [{ id: string }[], number] = await manager.query(
      `WITH totals AS (
         UPDATE game_sessions
         SET bet = bet + $2, win = win + $3, amount_after = $4, last_activity_at = now()
         WHERE id = $1
         RETURNING id
       )
       UPDATE game_rounds SET response = $6::jsonb
       WHERE id = $5 AND EXISTS (SELECT 1 FROM totals)
       RETURNING id`,
      [
        round.sessionId,
        round.bet,
        round.win,
        round.amountAfter.toString(),
        round.roundRowId,
        JSON.stringify(response),
      ],
    );
    if (rows.length !== 1) {
      throw new Error(`Game session ${round.sessionId} was not found to add a round's totals`);
    }
  }
}
