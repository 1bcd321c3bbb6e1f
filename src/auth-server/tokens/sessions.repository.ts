import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { RefreshTokenEntity } from './refresh-token.entity';
import { SESSION_REVOKED_CHANNEL } from './session-revocations.service';
import { SessionEntity } from './session.entity';

export interface NewRefreshToken {
  sessionId: string;
  tokenHash: Buffer;
  scope: string;
  expiresAt: Date;
}

/** A refresh token together with the session it belongs to. */
export interface RefreshTokenRecord {
  token: RefreshTokenEntity;
  session: SessionEntity;
}

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async createSession(
    manager: EntityManager,
    session: Pick<SessionEntity, 'userId' | 'clientRef' | 'brandId' | 'scope'>,
  ): Promise<SessionEntity> {
    return manager.save(manager.create(SessionEntity, session));
  }

  async addRefreshToken(manager: EntityManager, token: NewRefreshToken): Promise<void> {
    await manager.insert(RefreshTokenEntity, token);
  }

  async findRefreshToken(tokenHash: Buffer): Promise<RefreshTokenRecord | null> {
    const token = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash } });
    if (!token) {
      return null;
    }
    const session = await this.dataSource
      .getRepository(SessionEntity)
      .findOneByOrFail({ id: token.sessionId });
    return { token, session };
  }

  /**
   * Marks a refresh token used. Returns false when another request used it first, which makes
   * concurrent rotations of one token race to a single winner.
   */
  async markUsed(manager: EntityManager, tokenId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where('id = :tokenId AND used_at IS NULL', { tokenId })
      .execute();
    return result.affected === 1;
  }

  /**
   * Revokes a session and tells every instance through NOTIFY, delivered when the surrounding
   * transaction commits. Returns false when the session was already revoked.
   */
  async revokeSession(manager: EntityManager, sessionId: string, reason: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
    await manager.query('SELECT pg_notify($1, $2)', [SESSION_REVOKED_CHANNEL, sessionId]);
    return result.affected === 1;
  }
}
