import { Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { MetricsService } from '../../common/metrics/metrics.service';
import { generateOpaqueToken, sha256 } from '../../common/crypto';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { currentRequest } from '../../common/request-context';
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

type RotationOutcome = { kind: 'rotated'; refreshToken: string } | { kind: 'reused' };

/**
 * Starts player sessions and rotates their refresh tokens. A refresh token works once. Presenting
 * a used one again revokes the whole session (RFC 9700 §4.14.2), because one of the two holders
 * may be an attacker.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly revocations: SessionRevocationsService,
    private readonly audit: AuditService,
    private readonly metrics: MetricsService,
  ) {}

  async start(userId: string, client: ClientEntity, scope: string): Promise<StartedSession> {
    const refreshToken = generateOpaqueToken();

    const sessionId = await this.repository.transaction(async (manager) => {
      const created = await this.repository.createSession(manager, {
        userId,
        clientRef: client.id,
        brandId: client.brandId,
        scope,
        ...requestOrigin(),
      });
      if (!created) {
        throw new InvalidGrantError('The player is self-excluded');
      }
      await this.repository.addRefreshToken(manager, {
        sessionId: created,
        tokenHash: sha256(refreshToken),
        scope,
        expiresAt: expiryFor(client),
      });
      return created;
    });

    return { sessionId, refreshToken };
  }

  /**
   * Returns the stored refresh token and its session when the presented token may be rotated by
   * this client. Throws InvalidGrantError otherwise; a token used before revokes its session.
   */
  async inspect(presented: string, client: ClientEntity): Promise<RefreshTokenRecord> {
    const record = await this.repository.findRefreshToken(sha256(presented));
    if (!record || record.session.clientRef !== client.id) {
      throw new InvalidGrantError('The refresh token is invalid or was issued to another client');
    }

    const { token, session } = record;
    if (session.revokedAt) {
      throw new InvalidGrantError('The refresh token was revoked');
    }
    if (token.usedAt) {
      return this.revokeForReuse(session, client);
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
  async rotate(record: RefreshTokenRecord, client: ClientEntity): Promise<string> {
    const { token, session } = record;

    const outcome = await this.repository.transaction(async (manager): Promise<RotationOutcome> => {
      if (!(await this.repository.markUsedAndTouchSession(manager, token.id, requestOrigin()))) {
        return { kind: 'reused' };
      }
      const refreshToken = generateOpaqueToken();
      await this.repository.addRefreshToken(manager, {
        sessionId: session.id,
        tokenHash: sha256(refreshToken),
        scope: token.scope,
        expiresAt: expiryFor(client),
      });
      return { kind: 'rotated', refreshToken };
    });

    if (outcome.kind === 'reused') {
      return this.revokeForReuse(session, client);
    }
    return outcome.refreshToken;
  }

  /**
   * Revokes a session: its refresh tokens stop working, and so do its access tokens, on every
   * instance. `reason` is a short code such as `logout` or `refresh_token_reuse`.
   */
  async revoke(
    session: Pick<SessionEntity, 'id' | 'userId' | 'brandId'>,
    reason: string,
    clientId?: string,
  ): Promise<void> {
    const revoked = await this.repository.transaction((manager) =>
      this.repository.revokeSession(manager, session.id, reason),
    );
    this.revocations.add(session.id);
    if (revoked) {
      this.audit.record('session_revoked', {
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
    clientId?: string,
    keepSessionId?: string,
  ): Promise<void> {
    const revoked = await this.repository.transaction((manager) =>
      this.repository.revokeSessionsOfUser(manager, user.id, reason, keepSessionId),
    );
    for (const sessionId of revoked) {
      this.revocations.add(sessionId);
      this.audit.record('session_revoked', {
        brandId: user.brandId,
        clientId,
        userId: user.id,
        sessionId,
        details: { reason },
      });
    }
  }

  private async revokeForReuse(session: SessionEntity, client: ClientEntity): Promise<never> {
    this.metrics.refreshTokenReused();
    this.audit.record('refresh_token_reused', {
      brandId: session.brandId,
      clientId: client.clientId,
      userId: session.userId,
      sessionId: session.id,
    });
    await this.revoke(session, 'refresh_token_reuse', client.clientId);
    throw new InvalidGrantError('The refresh token was already used; the session is revoked');
  }
}

/** Returns the user agent and IP address of the request being served, or nulls outside one. */
function requestOrigin(): SessionOrigin {
  const request = currentRequest();
  return {
    userAgent: request?.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
    ip: request?.ip ?? null,
  };
}

function expiryFor(client: ClientEntity): Date {
  return new Date(Date.now() + client.refreshTokenTtl * 1000);
}
