import { Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import { sha256 } from '../../common/crypto';
import { AppConfig } from '../../config/app-config';
import { ClientAuthenticator } from '../clients/client-authenticator.service';
import { ClientEntity } from '../clients/client.entity';
import { requireParam } from '../grants/params';
import { lookupOrder } from '../revocation/token-type-hint';
import { readTokenParams } from '../token-endpoint/token-params';
import {
  AccessTokenClaims,
  AccessTokenRejected,
  AccessTokenService,
} from '../tokens/access-token.service';
import { IntrospectionResponseDto } from './dto/introspection-response.dto';
import { authenticateIntrospector } from './introspection-client';
import { IntrospectionRepository } from './introspection.repository';

const INACTIVE: IntrospectionResponseDto = { active: false };

/**
 * The introspection endpoint (RFC 7662). A token is active only when it is valid now and belongs
 * to the caller's brand. Any other token, including one of another brand, is `{"active": false}`
 * and nothing more, so the response reveals nothing about tokens outside the caller's brand.
 *
 * `username` is the player's nickname, or absent. The email and mobile number are personal
 * contact data, which a token check has no reason to hand out. The nickname is the name the
 * player chose to show to others in the brand.
 */
@Injectable()
export class TokenIntrospectionService {
  constructor(
    private readonly clients: ClientAuthenticator,
    private readonly accessTokens: AccessTokenService,
    private readonly repository: IntrospectionRepository,
    private readonly config: AppConfig,
  ) {}

  async introspect(request: FastifyRequest): Promise<IntrospectionResponseDto> {
    const params = readTokenParams(request, 'introspection request');
    const client = await authenticateIntrospector(this.clients, request, params);
    const token = requireParam(params, 'token');

    for (const kind of lookupOrder(params.token_type_hint)) {
      const answer =
        kind === 'access_token'
          ? await this.introspectAccessToken(token, client)
          : await this.introspectRefreshToken(token, client);
      if (answer) {
        return answer;
      }
    }
    return INACTIVE;
  }

  /** Returns undefined when the token is no valid access token, so the refresh lookup runs. */
  private async introspectAccessToken(
    token: string,
    client: ClientEntity,
  ): Promise<IntrospectionResponseDto | undefined> {
    const claims = this.verifiedClaims(token);
    if (!claims) {
      return undefined;
    }
    // The bearer guard allows a clock-skew leeway past `exp`. Introspection reports by this
    // server's own clock, so an expired token is inactive at once.
    if (claims.brand !== client.brand.code || claims.exp * 1000 <= Date.now()) {
      return INACTIVE;
    }

    let username: string | undefined;
    if (claims.sid) {
      const player = await this.repository.findPlayerNickname(client.brandId, claims.sub);
      if (!player) {
        return INACTIVE;
      }
      username = player.nickname ?? undefined;
    }

    return {
      active: true,
      scope: claims.scope,
      client_id: claims.client_id,
      sub: claims.sub,
      username,
      token_type: 'Bearer',
      exp: claims.exp,
      iat: claims.iat,
      iss: claims.iss,
      jti: claims.jti,
      sid: claims.sid,
      brand: claims.brand,
    };
  }

  /** Returns undefined when no refresh token has this value. */
  private async introspectRefreshToken(
    token: string,
    client: ClientEntity,
  ): Promise<IntrospectionResponseDto | undefined> {
    const record = await this.repository.findRefreshToken(sha256(token));
    if (!record) {
      return undefined;
    }
    const active =
      record.brandId === client.brandId &&
      record.usedAt === null &&
      record.sessionRevokedAt === null &&
      record.expiresAt.getTime() > Date.now();
    if (!active) {
      return INACTIVE;
    }

    return {
      active: true,
      scope: record.scope,
      client_id: record.clientId,
      sub: record.userId,
      username: record.nickname ?? undefined,
      token_type: 'refresh_token',
      exp: toSeconds(record.expiresAt),
      iat: toSeconds(record.createdAt),
      iss: this.config.issuer,
      jti: record.id,
      sid: record.sessionId,
      brand: record.brandCode,
    };
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
}

function toSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
