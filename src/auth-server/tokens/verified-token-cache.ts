import { createHash } from 'node:crypto';

import { CLOCK_SKEW_LEEWAY } from './token.constants';

/** The claims a cache entry needs: the token's expiry in seconds since the epoch. */
interface ExpiringClaims {
  exp: number;
}

/**
 * Claims of access tokens whose signature and claims were already verified, by the SHA-256 of
 * the token, until the token's `exp` plus CLOCK_SKEW_LEEWAY. A hit skips the ES256 verification
 * only: callers still check revocation on every use. The oldest entry goes when the cache is
 * full. Callers also check that the token's signing key is still unretired on every hit.
 */
export class VerifiedTokenCache<T extends ExpiringClaims> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries: number) {}

  /** Returns the cache key of a token: its SHA-256, so that no token is kept in memory. */
  static keyOf(token: string): string {
    return createHash('sha256').update(token).digest('base64url');
  }

  /** Returns the claims stored under `key` while the token is unexpired, else undefined. */
  get(key: string, nowSeconds = Date.now() / 1000): T | undefined {
    const claims = this.entries.get(key);
    if (claims && nowSeconds >= claims.exp + CLOCK_SKEW_LEEWAY) {
      this.entries.delete(key);
      return undefined;
    }
    return claims;
  }

  set(key: string, claims: T): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) {
        this.entries.delete(oldest.value);
      }
    }
    this.entries.set(key, claims);
  }

  get size(): number {
    return this.entries.size;
  }
}
