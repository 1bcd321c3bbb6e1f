import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';

import {
  AccessTokenRejected,
  AccessTokenService,
} from '../../auth-server/tokens/access-token.service';
import { BearerError } from '../errors/bearer.errors';
import { Principal } from './principal';

/** Verifies the bearer token of a request and turns its claims into a Principal. */
@Injectable()
export class BearerStrategy extends PassportStrategy(Strategy, 'bearer') {
  constructor(private readonly accessTokens: AccessTokenService) {
    super();
  }

  validate(token: string): Principal {
    try {
      const claims = this.accessTokens.verify(token);
      return {
        subject: claims.sub,
        clientId: claims.client_id,
        brand: claims.brand,
        scopes: new Set(claims.scope ? claims.scope.split(' ') : []),
        sessionId: claims.sid,
        tokenId: claims.jti,
        expiresAt: claims.exp,
      };
    } catch (error) {
      if (error instanceof AccessTokenRejected) {
        throw BearerError.invalidToken(error.message);
      }
      throw error;
    }
  }
}
