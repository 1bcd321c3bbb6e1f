import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { TokenExpiredError } from 'jsonwebtoken';

import { AppConfig } from '../../config/app-config';
import { SIGNING_ALGORITHM, SigningKeysService } from '../keys/signing-keys.service';
import { AccessTokenRevocationsService } from './access-token-revocations.service';
import { SessionRevocationsService } from './session-revocations.service';
import { signEs256 } from './es256-jwt';
import { ACCESS_TOKEN_TYPE, CLOCK_SKEW_LEEWAY } from './token.constants';
import { VerifiedTokenCache } from './verified-token-cache';

/** Maximum number of verified tokens kept in memory: an estimated 5 MB of claims. */
const VERIFIED_CACHE_ENTRIES = 10_000;

/** The claims of an access token (RFC 9068 §2.2) plus `brand` and `sid`. */
export interface AccessTokenClaims {
  iss: string;
  aud: string;
  sub: string;
  client_id: string;
  brand: string;
  scope: string;
  jti: string;
  iat: number;
  exp: number;
  sid?: string;
}

export interface AccessTokenGrant {
  subject: string;
  clientId: string;
  brand: string;
  scope: string;
  ttl: number;
  sessionId?: string;
}

/** A verified token as the cache keeps it: its claims and the kid of the key that signed it. */
interface VerifiedToken {
  exp: number;
  kid: string;
  claims: AccessTokenClaims;
}

/** Rejection of an access token. Its message is safe to show to the client. */
export class AccessTokenRejected extends Error {}

/**
 * Signs and verifies access tokens: ES256 JWTs with `typ: at+jwt`, signed by the current key and
 * verified against any unretired key, with the revoked-session and revoked-token sets checked in
 * memory on every verification. The signature of a cached token is not verified again.
 */
@Injectable()
export class AccessTokenService {
  private readonly verified = new VerifiedTokenCache<VerifiedToken>(VERIFIED_CACHE_ENTRIES);

  constructor(
    private readonly jwt: JwtService,
    private readonly keys: SigningKeysService,
    private readonly revocations: SessionRevocationsService,
    private readonly config: AppConfig,
    private readonly tokenRevocations: AccessTokenRevocationsService,
  ) {}

  sign(grant: AccessTokenGrant): string {
    const key = this.keys.current();
    const iat = Math.floor(Date.now() / 1000);
    const claims: AccessTokenClaims = {
      iss: this.config.issuer,
      aud: this.config.issuer,
      sub: grant.subject,
      client_id: grant.clientId,
      brand: grant.brand,
      scope: grant.scope,
      jti: randomUUID(),
      iat,
      exp: iat + grant.ttl,
    };
    if (grant.sessionId) {
      claims.sid = grant.sessionId;
    }
    const header = { alg: SIGNING_ALGORITHM, typ: ACCESS_TOKEN_TYPE, kid: key.kid };
    return signEs256(header, claims, key.privateKey);
  }

  /** Returns the claims of a valid token; throws AccessTokenRejected otherwise. */
  verify(token: string): AccessTokenClaims {
    const cacheKey = VerifiedTokenCache.keyOf(token);
    let verified = this.verified.get(cacheKey);
    // A retired signing key ends its tokens at once, cached or not.
    if (!verified || !this.keys.publicKey(verified.kid)) {
      verified = this.verifySignatureAndClaims(token);
      this.verified.set(cacheKey, verified);
    }
    const claims = verified.claims;

    if (claims.sid && this.revocations.isRevoked(claims.sid)) {
      throw new AccessTokenRejected('The access token was revoked');
    }
    if (this.tokenRevocations.isRevoked(claims.jti)) {
      throw new AccessTokenRejected('The access token was revoked');
    }
    return claims;
  }

  private verifySignatureAndClaims(token: string): VerifiedToken {
    const header = decodeHeader(token);
    const publicKey = typeof header?.kid === 'string' ? this.keys.publicKey(header.kid) : undefined;
    if (!header || !isAccessTokenType(header.typ) || !publicKey) {
      throw new AccessTokenRejected('The access token is malformed or not issued by this server');
    }

    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token, {
        // jsonwebtoken accepts a KeyObject, though @nestjs/jwt declares only string or Buffer.
        publicKey: publicKey as unknown as Buffer,
        algorithms: [SIGNING_ALGORITHM],
        issuer: this.config.issuer,
        audience: this.config.issuer,
        clockTolerance: CLOCK_SKEW_LEEWAY,
      });
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new AccessTokenRejected('The access token expired');
      }
      throw new AccessTokenRejected('The access token is malformed or not issued by this server');
    }

    if (typeof claims.exp !== 'number') {
      throw new AccessTokenRejected('The access token is malformed or not issued by this server');
    }
    if (typeof claims.iat !== 'number' || claims.iat > Date.now() / 1000 + CLOCK_SKEW_LEEWAY) {
      throw new AccessTokenRejected('The access token was issued in the future');
    }
    return { exp: claims.exp, kid: header.kid as string, claims };
  }
}

/** Accepts `at+jwt` and its full media type `application/at+jwt` (RFC 9068 §4). */
function isAccessTokenType(typ: unknown): boolean {
  if (typeof typ !== 'string') {
    return false;
  }
  const value = typ.toLowerCase();
  return value === ACCESS_TOKEN_TYPE || value === `application/${ACCESS_TOKEN_TYPE}`;
}

function decodeHeader(token: string): { kid?: unknown; typ?: unknown } | undefined {
  const end = token.indexOf('.');
  if (end <= 0) {
    return undefined;
  }
  try {
    const header: unknown = JSON.parse(Buffer.from(token.slice(0, end), 'base64url').toString());
    return typeof header === 'object' && header !== null ? header : undefined;
  } catch {
    return undefined;
  }
}
