import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { RawEntityQuery } from '../database/raw-entity';
import { FieldConflictException } from '../common/errors/field-conflict.exception';
import { UsernameType } from '../auth-server/clients/client.entity';
import { UserEntity } from './user.entity';

const UNIQUE_INDEX_FIELDS: Record<string, string> = {
  users_brand_email_key: 'email',
  users_brand_nickname_key: 'nickname',
  users_brand_mobile_key: 'mobile_number',
};

@Injectable()
export class UsersRepository {
  /** The read behind every bearer-guarded profile route, so it skips the query builder. */
  private readonly byBrandAndId: RawEntityQuery<UserEntity>;
  /** Login lookups by username, keyed by the kinds of username they match. */
  private readonly usernameQueries = new Map<string, RawEntityQuery<UserEntity>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.byBrandAndId = new RawEntityQuery(dataSource, UserEntity, 'brand_id = $1 AND id = $2');
  }

  findInBrand(brandId: string, id: string): Promise<UserEntity | null> {
    return this.byBrandAndId.findOne([brandId, id]);
  }

  /**
   * Finds the one player of a brand whose email, nickname or mobile number (as the brand allows)
   * equals the username. Returns null when none or more than one matches.
   */
  async findByUsername(
    brandId: string,
    username: string,
    types: readonly UsernameType[],
  ): Promise<UserEntity | null> {
    const digits = username.replace(/[\s+()-]/g, '');
    const byEmail = types.includes('email') && username.includes('@');
    const byNickname = types.includes('nickname');
    const byMobile = types.includes('mobile_number') && /^\d{4,20}$/.test(digits);
    if (!byEmail && !byNickname && !byMobile) {
      return null;
    }

    const parameters: unknown[] = [brandId];
    if (byEmail) parameters.push(username.trim().toLowerCase().normalize('NFC'));
    if (byNickname) parameters.push(username);
    if (byMobile) parameters.push(digits);
    const matches = await this.usernameQuery(byEmail, byNickname, byMobile).findMany(parameters);
    return matches.length === 1 ? matches[0] : null;
  }

  /**
   * The login lookup for one combination of username kinds, built on first use. At most two rows
   * are read, enough to tell a unique match from an ambiguous one.
   */
  private usernameQuery(
    byEmail: boolean,
    byNickname: boolean,
    byMobile: boolean,
  ): RawEntityQuery<UserEntity> {
    const key = `${byEmail}/${byNickname}/${byMobile}`;
    let query = this.usernameQueries.get(key);
    if (!query) {
      const conditions: string[] = [];
      let next = 2;
      if (byEmail) conditions.push(`email = $${next++}`);
      if (byNickname) conditions.push(`lower(nickname) = lower($${next++})`);
      if (byMobile) {
        const digits = `$${next++}`;
        conditions.push(
          `mobile_number = ${digits}`,
          `ltrim(mobile_code, '+') || mobile_number = ${digits}`,
        );
      }
      const where = `brand_id = $1 AND (${conditions.join(' OR ')})`;
      query = new RawEntityQuery(this.dataSource, UserEntity, where, 'LIMIT 2');
      this.usernameQueries.set(key, query);
    }
    return query;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(user: Partial<UserEntity>, manager?: EntityManager): Promise<UserEntity> {
    const repository = (manager ?? this.dataSource.manager).getRepository(UserEntity);
    try {
      return await repository.save(repository.create(user));
    } catch (error) {
      throw toConflict(error);
    }
  }

  /** Finds a brand's player by lower-cased email and locks the row until the transaction ends. */
  findByEmailForUpdate(
    manager: EntityManager,
    brandId: string,
    email: string,
  ): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOne({
      where: { brandId, email },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Sets a pending player active; returns null when the player is not pending. */
  async activatePending(manager: EntityManager, id: string): Promise<UserEntity | null> {
    const result = await manager.update(
      UserEntity,
      { id, status: 'pending' },
      { status: 'active' },
    );
    if (result.affected !== 1) {
      return null;
    }
    return manager.findOneByOrFail(UserEntity, { id });
  }

  async update(user: UserEntity, changes: Partial<UserEntity>): Promise<UserEntity> {
    const repository = this.dataSource.getRepository(UserEntity);
    try {
      await repository.update({ id: user.id, brandId: user.brandId }, changes);
    } catch (error) {
      throw toConflict(error);
    }
    return repository.findOneByOrFail({ id: user.id });
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id }, { passwordHash });
  }

  /**
   * Self-excludes a player until now plus `interval` (a PostgreSQL interval), or permanently when
   * it is null. Returns the new end, null for permanent, or undefined when the player is already
   * self-excluded until a later time, since a self-exclusion may only be lengthened.
   */
  async setSelfExclusion(id: string, interval: string | null): Promise<Date | null | undefined> {
    const [rows]: [{ self_excluded_until: Date | null }[], number] = await this.dataSource.query(
      `UPDATE users
       SET status = 'self_excluded',
           self_excluded_until = now() + $2::interval,
           updated_at = now()
       WHERE id = $1
         AND NOT (
           status = 'self_excluded'
           AND (self_excluded_until IS NULL OR self_excluded_until > now() + $2::interval)
           AND $2::interval IS NOT NULL
         )
       RETURNING self_excluded_until`,
      [id, interval],
    );
    return rows.length === 1 ? rows[0].self_excluded_until : undefined;
  }

  /** Makes a self-excluded player active again once the end of the self-exclusion has passed. */
  async endExpiredSelfExclusion(id: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(UserEntity)
      .set({ status: 'active', selfExcludedUntil: null })
      .where(`id = :id AND status = 'self_excluded' AND self_excluded_until <= now()`, { id })
      .execute();
    return result.affected === 1;
  }

  async recordLogin(id: string): Promise<Date> {
    const now = new Date();
    await this.dataSource.query(
      'UPDATE users SET last_login = $2, updated_at = now() WHERE id = $1',
      [id, now],
    );
    return now;
  }
}

/** Maps a unique-index violation to a 409 naming the field; other errors pass through. */
function toConflict(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) {
    return error;
  }
  const driverError = error.driverError as { code?: string; constraint?: string };
  const field = driverError.constraint ? UNIQUE_INDEX_FIELDS[driverError.constraint] : undefined;
  if (driverError.code !== '23505' || !field) {
    return error;
  }
  return new FieldConflictException(
    field,
    `${field} is already used by another player of this brand`,
  );
}
