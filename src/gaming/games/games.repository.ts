import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RawEntityQuery } from '../../database/raw-entity';
import { GameSessionEntity } from './game-session.entity';
import { GameEntity } from './game.entity';

export interface SessionFilter {
  gameId?: string;
  from?: Date;
  to?: Date;
}

/** Stores the games catalogue and game sessions. RoundsRepository stores their rounds. */
@Injectable()
export class GamesRepository {
  private readonly gameInBrand: RawEntityQuery<GameEntity>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.gameInBrand = new RawEntityQuery(dataSource, GameEntity, 'brand_id = $1 AND id = $2');
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
}
