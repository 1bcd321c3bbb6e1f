import { Injectable, Logger } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import { AuditService } from '../../audit/audit.service';
import { sha256 } from '../../common/crypto';
import { RequestContext, requestContextOf } from '../../common/request-context';
import { ClientAuthenticator } from '../clients/client-authenticator.service';
import { ClientEntity } from '../clients/client.entity';
import { readClientCredentials } from '../clients/client-credentials';
import { requireParam } from '../grants/params';
import { readTokenParams } from '../token-endpoint/token-params';
import { AccessTokenRevocationsService } from '../tokens/access-token-revocations.service';
import {
  AccessTokenClaims,
  AccessTokenRejected,
  AccessTokenService,
} from '../tokens/access-token.service';
import { SessionsRepository } from '../tokens/sessions.repository';
import { SessionsService } from '../tokens/sessions.service';
import { lookupOrder, TokenKind } from './token-type-hint';

/** Result of one lookup: no such token, a token of another client, or a token now revoked. */
type RevocationOutcome = 'unknown' | 'foreign' | 'revoked';

/**
 * The revocation endpoint (RFC 7009): authenticates the client, finds the token and revokes it
 * when it was issued to that client. An access token is revoked by its `jti`. A refresh token
 * ends its whole session, so every access token of the session stops working on every instance.
 */
@Injectable()
export class TokenRevocationService {
  private readonly logger = new Logger(TokenRevocationService.name);

  constructor(
    private readonly clients: ClientAuthenticator,
    private readonly accessTokens: AccessTokenService,
    private readonly accessTokenRevocations: AccessTokenRevocationsService,
    private readonly sessionsRepository: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Revokes the presented token. Unknown, malformed, expired and already revoked tokens end
   * without an error, as RFC 7009 §2.2 requires, because the client could do nothing about one.
   */
  async revoke(request: FastifyRequest): Promise<void> {
    const context = requestContextOf(request);
    const params = readTokenParams(request, 'revocation request');
    const client = await this.clients.authenticate(readClientCredentials(request, params), context);
    const token = requireParam(params, 'token');

    for (const kind of lookupOrder(params.token_type_hint)) {
      const outcome =
        kind === 'access_token'
          ? await this.revokeAccessToken(token, client, context)
          : await this.revokeRefreshToken(token, client, context);
      if (outcome !== 'unknown') {
        return;
      }
    }
  }

  private async revokeAccessToken(
    token: string,
    client: ClientEntity,
    context: RequestContext,
  ): Promise<RevocationOutcome> {
    const claims = this.verifiedClaims(token);
    if (!claims) {
      return 'unknown';
    }
    if (claims.client_id !== client.clientId) {
      return this.ignoreForeignToken(client, context, claims.client_id, 'access_token');
    }

    await this.accessTokenRevocations.revoke(claims.jti, claims.exp);
    this.audit.record('token_revoked', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      // Only player tokens carry a session, and their subject is the player's id.
      userId: claims.sid ? claims.sub : undefined,
      sessionId: claims.sid,
      details: { token_type: 'access_token', jti: claims.jti },
    });
    return 'revoked';
  }

  /**
   * Ends the session of any refresh token of the client's, current or already rotated: the
   * client asks for the login to end, and an older token of the same family is no less its own.
   */
  private async revokeRefreshToken(
    token: string,
    client: ClientEntity,
    context: RequestContext,
  ): Promise<RevocationOutcome> {
    const record = await this.sessionsRepository.findRefreshToken(sha256(token));
    if (!record) {
      return 'unknown';
    }
    const { session } = record;
    if (session.clientRef !== client.id) {
      return this.ignoreForeignToken(client, context, undefined, 'refresh_token');
    }
    if (session.revokedAt) {
      return 'revoked';
    }

    await this.sessions.revoke(session, 'token_revocation', context, client.clientId);
    this.audit.record('token_revoked', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      userId: session.userId,
      sessionId: session.id,
      details: { token_type: 'refresh_token' },
    });
    return 'revoked';
  }

  private verifiedClaims(token: string): AccessTokenClaims | undefined {
    try {
      return this.accessTokens.verify(token);
    } catch (error) {
      if (error instanceof AccessTokenRejected) {
        return undefined;
      }
      throw error;
    }
  }

  /**
   * Leaves a token issued to another client as it is, and the endpoint returns 200 as for an
   * unknown token. RFC 7009 §2.1 calls for an error here, but an error would tell the caller that
   * the token exists and is live, which helps whoever holds a stolen or leaked token. A client
   * that revokes only its own tokens never meets this case.
   */
  private ignoreForeignToken(
    client: ClientEntity,
    context: RequestContext,
    ownerClientId: string | undefined,
    kind: TokenKind,
  ): RevocationOutcome {
    this.logger.warn(
      { req: { id: context.requestId }, clientId: client.clientId, ownerClientId, tokenType: kind },
      'A client tried to revoke a token issued to another client; the token was left as it is',
    );
    return 'foreign';
  }
}
