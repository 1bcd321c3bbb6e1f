import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';

import { AuditService } from '../../audit/audit.service';
import { generateOpaqueToken, sha256 } from '../../common/crypto';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { RequestContext } from '../../common/request-context';
import { UserEntity } from '../../users/user.entity';
import { ClientEntity } from '../clients/client.entity';
import { SessionsService, StartedSession } from '../tokens/sessions.service';
import {
  AuthorizationCodeRow,
  AuthorizationCodesRepository,
} from './authorization-codes.repository';

/** Seconds an authorization code stays valid. */
export const AUTHORIZATION_CODE_TTL = 60;

/** Seconds an expired code is kept, so that a late second use is still detected. */
const EXPIRED_CODE_RETENTION = 24 * 60 * 60;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;

/** Code verifier of RFC 7636 §4.1: 43 to 128 unreserved characters. */
const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;

export interface CodeGrant {
  client: ClientEntity;
  userId: string;
  redirectUri: string;
  scope: string;
  codeChallenge?: string;
}

export interface CodeRedemption {
  code: string;
  client: ClientEntity;
  /** The token request presenting the code. */
  context: RequestContext;
  redirectUri?: string;
  codeVerifier?: string;
  /** Loads the player and throws when the player may not log in; runs before the session starts. */
  loadPlayer(userId: string): Promise<UserEntity>;
}

export interface RedeemedCode extends StartedSession {
  user: UserEntity;
  scope: string;
}

type RedemptionOutcome =
  { kind: 'redeemed'; redeemed: RedeemedCode } | { kind: 'reused'; row: AuthorizationCodeRow };

/**
 * Authorization codes: 256 random bits, stored as SHA-256, valid for 60 seconds, used once and
 * bound to the client, redirect URI, PKCE challenge, scope and player.
 */
@Injectable()
export class AuthorizationCodesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AuthorizationCodesService.name);
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    private readonly repository: AuthorizationCodesRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruneTimer);
  }

  /** Stores a new code for the grant and returns it; only its hash is kept. */
  async issue(grant: CodeGrant): Promise<string> {
    const code = generateOpaqueToken();
    await this.repository.insert({
      codeHash: sha256(code),
      clientRef: grant.client.id,
      userId: grant.userId,
      redirectUri: grant.redirectUri,
      scope: grant.scope,
      codeChallenge: grant.codeChallenge ?? null,
      expiresAt: new Date(Date.now() + AUTHORIZATION_CODE_TTL * 1000),
    });
    return code;
  }

  /**
   * Checks a presented code and starts the player's session in the transaction that marks the
   * code used, so that of concurrent redemptions exactly one succeeds. A code used before
   * revokes the session it started (RFC 6749 §4.1.2) and throws invalid_grant.
   */
  async redeem(request: CodeRedemption): Promise<RedeemedCode> {
    const outcome = await this.repository.transaction(
      async (manager): Promise<RedemptionOutcome> => {
        const row = await this.repository.lockByHash(manager, sha256(request.code));
        if (!row) {
          throw new InvalidGrantError('The authorization code is invalid');
        }
        if (row.used_at) {
          return { kind: 'reused', row };
        }
        assertBinding(row, request);

        const user = await request.loadPlayer(row.user_id);
        const session = await this.sessions.startIn(
          manager,
          user.id,
          request.client,
          row.scope,
          request.context,
        );
        await this.repository.markUsed(manager, row.id, session.sessionId);
        return { kind: 'redeemed', redeemed: { ...session, user, scope: row.scope } };
      },
    );

    if (outcome.kind === 'reused') {
      return this.revokeForReuse(outcome.row, request.client, request.context);
    }
    return outcome.redeemed;
  }

  private async prune(): Promise<void> {
    try {
      await this.repository.deleteExpired(EXPIRED_CODE_RETENTION);
    } catch (error) {
      this.logger.error(`Deleting expired authorization codes failed: ${(error as Error).message}`);
    }
  }

  private async revokeForReuse(
    row: AuthorizationCodeRow,
    client: ClientEntity,
    context: RequestContext,
  ): Promise<never> {
    this.audit.record('authorization_code_reused', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      userId: row.user_id,
      sessionId: row.session_id ?? undefined,
    });
    if (row.session_id) {
      await this.sessions.revoke(
        { id: row.session_id, userId: row.user_id, brandId: client.brandId },
        'authorization_code_reuse',
        context,
        client.clientId,
      );
    }
    throw new InvalidGrantError(
      'The authorization code was already used; the tokens issued from it are revoked',
    );
  }
}

/** Throws invalid_grant unless the code was issued to this client, redirect URI and verifier. */
function assertBinding(row: AuthorizationCodeRow, request: CodeRedemption): void {
  if (row.client_ref !== request.client.id) {
    throw new InvalidGrantError('The authorization code was issued to another client');
  }
  if (row.expires_at.getTime() <= Date.now()) {
    throw new InvalidGrantError('The authorization code expired');
  }
  if (request.redirectUri !== row.redirect_uri) {
    throw new InvalidGrantError('redirect_uri must be the one sent in the authorization request');
  }
  assertCodeVerifier(row.code_challenge, request.codeVerifier);
}

function assertCodeVerifier(challenge: string | null, verifier: string | undefined): void {
  if (challenge === null) {
    // A verifier without a challenge means the challenge was stripped from the authorization
    // request by an attacker (a PKCE downgrade attack).
    if (verifier !== undefined) {
      throw new InvalidGrantError(
        'code_verifier was sent, but the authorization request had no code_challenge',
      );
    }
    return;
  }
  if (verifier === undefined) {
    throw new InvalidGrantError('code_verifier is required for this authorization code');
  }
  if (!CODE_VERIFIER.test(verifier)) {
    throw new InvalidGrantError('code_verifier must be 43 to 128 unreserved characters');
  }
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  if (computed.length !== expected.length || !timingSafeEqual(computed, expected)) {
    throw new InvalidGrantError('code_verifier does not match the code_challenge');
  }
}
