import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { queryPreparedOnPool, statementNameFor } from '../../database/prepared-query';
import { RawEntityQuery } from '../../database/raw-entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SESSION_REVOKED_CHANNEL } from './token.constants';
import { SessionEntity } from './session.entity';

export interface NewRefreshToken {
  sessionId: string;
  tokenHash: Buffer;
  scope: string;
  expiresAt: Date;
}

/** Origin of a session's latest use: the User-Agent header and the client IP address. */
export interface SessionOrigin {
  userAgent: string | null;
  ip: string | null;
}

export interface NewSession extends SessionOrigin {
  userId: string;
  clientRef: string;
  brandId: string;
  scope: string;
}

/** An active session of a player as the player sees it, with the public id of its client. */
export interface ActiveSessionRow {
  id: string;
  client_id: string;
  client_name: string;
  created_at: Date;
  last_refreshed_at: Date | null;
  user_agent: string | null;
  ip: string | null;
}

/** A refresh token together with the session it belongs to. */
export interface RefreshTokenRecord {
  token: RefreshTokenEntity;
  session: SessionEntity;
}

/** Inserts the session and its first refresh token from `player`, a CTE of at most one user id. */
const INSERT_SESSION_FROM_PLAYER_SQL = `created AS (
    INSERT INTO sessions (user_id, client_ref, brand_id, scope, user_agent, ip)
    SELECT id, $2, $3, $4, $5, $6 FROM player
    RETURNING id
  )
  INSERT INTO refresh_tokens (session_id, token_hash, scope, expires_at)
  SELECT id, $7, $8, $9 FROM created
  RETURNING session_id`;

/** Starts a session of a player who is not self-excluded, holding a FOR SHARE lock on the row. */
const CREATE_SESSION_SQL = `WITH player AS (
    SELECT id FROM (SELECT id, status FROM users WHERE id = $1 FOR SHARE) locked
    WHERE locked.status <> 'self_excluded'
  ), ${INSERT_SESSION_FROM_PLAYER_SQL}`;

/**
 * Starts a session as CREATE_SESSION_SQL does and stores $10 as the player's last_login. The
 * UPDATE locks the row and, under READ COMMITTED, rechecks the status of a version committed
 * while it waited, so it orders against a self-exclusion as FOR SHARE does. A self-excluded
 * player's last_login stays unchanged.
 */
const CREATE_SESSION_AT_LOGIN_SQL = `WITH player AS (
    UPDATE users SET last_login = $10, updated_at = now()
    WHERE id = $1 AND status <> 'self_excluded'
    RETURNING id
  ), ${INSERT_SESSION_FROM_PLAYER_SQL}`;

/**
 * Rotates a refresh token: marks it used, records the request origin on its session and inserts
 * its successor. No row comes back when the token was already used.
 */
const ROTATE_SQL = `WITH used AS (
    UPDATE refresh_tokens SET used_at = now()
    WHERE id = $1 AND used_at IS NULL
    RETURNING session_id
  ), touched AS (
    UPDATE sessions
    SET last_refreshed_at = now(),
        user_agent = COALESCE($2, sessions.user_agent),
        ip = COALESCE($3, sessions.ip)
    FROM used
    WHERE sessions.id = used.session_id
    RETURNING sessions.id
  )
  INSERT INTO refresh_tokens (session_id, token_hash, scope, expires_at)
  SELECT id, $4, $5, $6 FROM touched
  RETURNING id`;
const ROTATE_NAME = statementNameFor(ROTATE_SQL);

@Injectable()
export class SessionsRepository {
  // The refresh_token grant reads these on every request, so they skip the query builder.
  private readonly refreshTokenByHash: RawEntityQuery<RefreshTokenEntity>;
  private readonly sessionById: RawEntityQuery<SessionEntity>;
  private readonly sessionColumns: string[];
  private readonly refreshTokenWithSessionSql: string;
  private readonly refreshTokenWithSessionName: string;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.refreshTokenByHash = new RawEntityQuery(dataSource, RefreshTokenEntity, 'token_hash = $1');
    this.sessionById = new RawEntityQuery(dataSource, SessionEntity, 'id = $1');
    const tokenColumns = dataSource
      .getMetadata(RefreshTokenEntity)
      .columns.map((column) => `t."${column.databaseName}"`);
    this.sessionColumns = dataSource
      .getMetadata(SessionEntity)
      .columns.map((column) => column.databaseName);
    // Session columns get a prefix, since both tables have columns such as id.
    const sessionOutput = this.sessionColumns.map((name) => `s."${name}" AS "session.${name}"`);
    this.refreshTokenWithSessionSql = `SELECT ${[...tokenColumns, ...sessionOutput].join(', ')}
      FROM refresh_tokens t LEFT JOIN sessions s ON s.id = t.session_id
      WHERE t.token_hash = $1`;
    this.refreshTokenWithSessionName = statementNameFor(this.refreshTokenWithSessionSql);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Inserts a session with its first refresh token in one statement, unless the player is
   * self-excluded, and returns the session id, or null when the player is self-excluded or gone.
   * The row lock on the player orders the insert against a concurrent self-exclusion: either the
   * self-exclusion waits and then revokes this session, or the insert waits and then reads the
   * new status. With `lastLogin`, the same statement also stores it as the player's last_login,
   * so a login costs no separate UPDATE.
   */
  async createSession(
    session: NewSession,
    refreshToken: Omit<NewRefreshToken, 'sessionId'>,
    manager?: EntityManager,
    lastLogin?: Date,
  ): Promise<string | null> {
    const parameters: unknown[] = [
      session.userId,
      session.clientRef,
      session.brandId,
      session.scope,
      session.userAgent,
      session.ip,
      refreshToken.tokenHash,
      refreshToken.scope,
      refreshToken.expiresAt,
    ];
    if (lastLogin) {
      parameters.push(lastLogin);
    }
    const rows: { session_id: string }[] = await (manager ?? this.dataSource).query(
      lastLogin ? CREATE_SESSION_AT_LOGIN_SQL : CREATE_SESSION_SQL,
      parameters,
    );
    return rows.length === 1 ? rows[0].session_id : null;
  }

  /** Reads a refresh token by its hash together with its session, in one statement. */
  async findRefreshToken(tokenHash: Buffer): Promise<RefreshTokenRecord | null> {
    const rows = await queryPreparedOnPool<Record<string, unknown>>(
      this.dataSource,
      this.refreshTokenWithSessionName,
      this.refreshTokenWithSessionSql,
      [tokenHash],
    );
    if (rows.length === 0) {
      return null;
    }
    const row = rows[0];
    const token = this.refreshTokenByHash.hydrate(row);
    if (row['session.id'] === null) {
      throw new Error(`Session ${token.sessionId} of a refresh token was not found`);
    }
    const sessionRow = Object.fromEntries(
      this.sessionColumns.map((name) => [name, row[`session.${name}`]]),
    );
    return { token, session: this.sessionById.hydrate(sessionRow) };
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
   * Rotates a refresh token in one statement: marks it used, records the request origin on its
   * session and inserts its successor. Returns false, changing nothing, when another request used
   * the token first, which makes concurrent rotations of one token race to a single winner. A
   * null origin field keeps the stored value.
   */
  async rotateRefreshToken(
    tokenId: string,
    origin: SessionOrigin,
    successor: Omit<NewRefreshToken, 'sessionId'>,
  ): Promise<boolean> {
    const rows = await queryPreparedOnPool(this.dataSource, ROTATE_NAME, ROTATE_SQL, [
      tokenId,
      origin.userAgent,
      origin.ip,
      successor.tokenHash,
      successor.scope,
      successor.expiresAt,
    ]);
    return rows.length === 1;
  }

  /**
   * Lists a player's active sessions, newest first: not revoked and holding an unused,
   * unexpired refresh token.
   */
  findActiveOfUser(brandId: string, userId: string): Promise<ActiveSessionRow[]> {
    return this.dataSource.query(
      `SELECT s.id, c.client_id, c.name AS client_name, s.created_at, s.last_refreshed_at,
              s.user_agent, s.ip
       FROM sessions s
       JOIN oauth_clients c ON c.id = s.client_ref
       WHERE s.brand_id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL
         AND EXISTS (
           SELECT 1 FROM refresh_tokens t
           WHERE t.session_id = s.id AND t.used_at IS NULL AND t.expires_at > now()
         )
       ORDER BY s.created_at DESC, s.id`,
      [brandId, userId],
    );
  }

  /** Finds a session of the player that is not revoked. */
  findUnrevokedOfUser(
    brandId: string,
    userId: string,
    sessionId: string,
  ): Promise<SessionEntity | null> {
    return this.dataSource
      .getRepository(SessionEntity)
      .findOneBy({ id: sessionId, brandId, userId, revokedAt: IsNull() });
  }

  /**
   * Revokes every unrevoked session of a player except `keepSessionId`, notifies every instance as
   * revokeSession does, and returns the ids of the sessions revoked.
   */
  async revokeSessionsOfUser(
    manager: EntityManager,
    userId: string,
    reason: string,
    keepSessionId?: string,
  ): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE sessions SET revoked_at = now(), revoked_reason = $2
       WHERE user_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $3
       RETURNING id`,
      [userId, reason, keepSessionId ?? null],
    );
    const ids = rows.map((row) => row.id);
    if (ids.length > 0) {
      await manager.query('SELECT pg_notify($1, id::text) FROM unnest($2::uuid[]) AS id', [
        SESSION_REVOKED_CHANNEL,
        ids,
      ]);
    }
    return ids;
  }

  /**
   * Revokes a session and notifies every instance through NOTIFY, delivered when the surrounding
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

  /** Returns the sessions revoked within the last `seconds`, with their revocation time. */
  findRevokedSince(seconds: number): Promise<{ id: string; revoked_at: Date }[]> {
    return this.dataSource.query(
      `SELECT id, revoked_at FROM sessions WHERE revoked_at > now() - make_interval(secs => $1)`,
      [seconds],
    );
  }
}
