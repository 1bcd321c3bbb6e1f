import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { MetricsService } from '../../common/metrics/metrics.service';
import { generateOpaqueToken, sha256 } from '../../common/crypto';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { RequestContext } from '../../common/request-context';
import { UserEntity } from '../../users/user.entity';
import { ClientEntity } from '../clients/client.entity';
import { SessionRevocationsService } from './session-revocations.service';
import { SessionEntity } from './session.entity';
import { RefreshTokenRecord, SessionOrigin, SessionsRepository } from './sessions.repository';

export interface StartedSession {
  sessionId: string;
  refreshToken: string;
}

/** Length of the `sessions.user_agent` column. Longer headers are cut to it. */
const MAX_USER_AGENT_LENGTH = 512;

const REUSED_WITHIN_GRACE =
  'The refresh token was already used moments ago; use the refresh token of the latest response';

/**
 * Starts player sessions and rotates their refresh tokens. A refresh token works once. Presenting
 * a used one again revokes the whole session (RFC 9700 §4.14.2), because one of the two holders
 * may be an attacker, unless it comes within the client's `refreshTokenReuseGrace` seconds of the
 * use; such a request gets invalid_grant and the session stays.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly revocations: SessionRevocationsService,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * Starts the session of a login and its first refresh token, and stores the login time as the
   * player's last_login, in one statement. Sets `user.lastLogin` to the stored time.
   */
  async startAtLogin(
    user: UserEntity,
    client: ClientEntity,
    scope: string,
    context: RequestContext,
  ): Promise<StartedSession> {
    const lastLogin = new Date();
    const session = await this.create(undefined, user.id, client, scope, context, lastLogin);
    user.lastLogin = lastLogin;
    return session;
  }

  /**
   * Starts a session inside the caller's transaction, which commits or rolls it back, or on its
   * own when `manager` is undefined.
   */
  startIn(
    manager: EntityManager | undefined,
    userId: string,
    client: ClientEntity,
    scope: string,
    context: RequestContext,
  ): Promise<StartedSession> {
    return this.create(manager, userId, client, scope, context);
  }

  private async create(
    manager: EntityManager | undefined,
    userId: string,
    client: ClientEntity,
    scope: string,
    context: RequestContext,
    lastLogin?: Date,
  ): Promise<StartedSession> {
    const refreshToken = generateOpaqueToken();

    const sessionId = await this.repository.createSession(
      { userId, clientRef: client.id, brandId: client.brandId, scope, ...originOf(context) },
      { tokenHash: sha256(refreshToken), scope, expiresAt: expiryFor(client) },
      manager,
      lastLogin,
    );
    if (!sessionId) {
      throw new InvalidGrantError('The player is self-excluded');
    }

    return { sessionId, refreshToken };
  }

  /**
   * Returns the stored refresh token and its session when the presented token may be rotated by
   * this client. Throws InvalidGrantError otherwise; a token used before revokes its session.
   */
  async inspect(
    presented: string,
    client: ClientEntity,
    context: RequestContext,
  ): Promise<RefreshTokenRecord> {
    const record = await this.repository.findRefreshToken(sha256(presented));
    if (!record || record.session.clientRef !== client.id) {
      throw new InvalidGrantError('The refresh token is invalid or was issued to another client');
    }

    const { token, session } = record;
    if (session.revokedAt) {
      throw new InvalidGrantError('The refresh token was revoked');
    }
    if (token.usedAt) {
      if (withinReuseGrace(token.usedAt, client)) {
        throw new InvalidGrantError(REUSED_WITHIN_GRACE);
      }
      return this.revokeForReuse(session, client, context);
    }
    if (token.expiresAt.getTime() <= Date.now()) {
      throw new InvalidGrantError('The refresh token expired');
    }
    return record;
  }

  /**
   * Marks the inspected token used and returns its successor, which keeps the same scope, and
   * records the refresh time, user agent and IP address on the session. When a concurrent request
   * used the token first, the session is revoked as for any reuse.
   */
  async rotate(
    record: RefreshTokenRecord,
    client: ClientEntity,
    context: RequestContext,
  ): Promise<string> {
    const { token, session } = record;

    const refreshToken = generateOpaqueToken();
    const rotated = await this.repository.rotateRefreshToken(token.id, originOf(context), {
      tokenHash: sha256(refreshToken),
      scope: token.scope,
      expiresAt: expiryFor(client),
    });

    if (!rotated) {
      // A concurrent request used the token just now, so any grace window covers it.
      if (client.refreshTokenReuseGrace > 0) {
        throw new InvalidGrantError(REUSED_WITHIN_GRACE);
      }
      return this.revokeForReuse(session, client, context);
    }
    return refreshToken;
  }

  /**
   * Revokes a session: its refresh tokens stop working, and so do its access tokens, on every
   * instance. `reason` is a short code such as `logout` or `refresh_token_reuse`.
   */
  async revoke(
    session: Pick<SessionEntity, 'id' | 'userId' | 'brandId'>,
    reason: string,
    context: RequestContext,
    clientId?: string,
  ): Promise<void> {
    const revoked = await this.repository.transaction((manager) =>
      this.repository.revokeSession(manager, session.id, reason),
    );
    this.revocations.add(session.id);
    if (revoked) {
      this.audit.record('session_revoked', {
        request: context,
        brandId: session.brandId,
        clientId,
        userId: session.userId,
        sessionId: session.id,
        details: { reason },
      });
    }
  }

  /**
   * Revokes every session of a player, except `keepSessionId` when given, on every instance.
   * Records `session_revoked` for each.
   */
  async revokeAllOf(
    user: { id: string; brandId: string },
    reason: string,
    context: RequestContext,
    clientId?: string,
    keepSessionId?: string,
  ): Promise<void> {
    const revoked = await this.repository.transaction((manager) =>
      this.repository.revokeSessionsOfUser(manager, user.id, reason, keepSessionId),
    );
    for (const sessionId of revoked) {
      this.revocations.add(sessionId);
      this.audit.record('session_revoked', {
        request: context,
        brandId: user.brandId,
        clientId,
        userId: user.id,
        sessionId,
        details: { reason },
      });
    }
  }

  private async revokeForReuse(
    session: SessionEntity,
    client: ClientEntity,
    context: RequestContext,
  ): Promise<never> {
    this.metrics.refreshTokenReused();
    this.audit.record('refresh_token_reused', {
      request: context,
      brandId: session.brandId,
      clientId: client.clientId,
      userId: session.userId,
      sessionId: session.id,
    });
    await this.revoke(session, 'refresh_token_reuse', context, client.clientId);
    throw new InvalidGrantError('The refresh token was already used; the session is revoked');
  }
}

/** Returns the user agent and IP address a session stores for the request. */
function originOf(context: RequestContext): SessionOrigin {
  return {
    userAgent: context.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
    ip: context.ip,
  };
}

/**
 * True when the client has a reuse grace window and the token was used within it: parallel
 * refreshes from several tabs of one app then get invalid_grant without losing the session.
 */
function withinReuseGrace(usedAt: Date, client: ClientEntity): boolean {
  return Date.now() - usedAt.getTime() < client.refreshTokenReuseGrace * 1000;
}

function expiryFor(client: ClientEntity): Date {
  return new Date(Date.now() + client.refreshTokenTtl * 1000);
}
