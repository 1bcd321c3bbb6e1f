"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VerifiedTokenCache = void 0;
const node_crypto_1 = require("node:crypto");
const token_constants_1 = require("./token.constants");
/**
 * Claims of access tokens whose signature and claims were already verified, by the SHA-256 of
 * the token, until the token's `exp` plus CLOCK_SKEW_LEEWAY. A hit skips the ES256 verification
 * only: callers still check revocation on every use. The oldest entry goes when the cache is
 * full. Callers also check that the token's signing key is still unretired on every hit.
 */
class VerifiedTokenCache {
    maxEntries;
    entries = new Map();
    constructor(maxEntries) {
        this.maxEntries = maxEntries;
    }
    /** Returns the cache key of a token: its SHA-256, so that no token is kept in memory. */
    static keyOf(token) {
        return (0, node_crypto_1.createHash)('sha256').update(token).digest('base64url');
    }
    /** Returns the claims stored under `key` while the token is unexpired, else undefined. */
    get(key, nowSeconds = Date.now() / 1000) {
        const claims = this.entries.get(key);
        if (claims && nowSeconds >= claims.exp + token_constants_1.CLOCK_SKEW_LEEWAY) {
            this.entries.delete(key);
            return undefined;
        }
        return claims;
    }
    set(key, claims) {
        if (this.entries.size >= this.maxEntries && !this.entries.has(key)) {
            const oldest = this.entries.keys().next();
            if (!oldest.done) {
                this.entries.delete(oldest.value);
            }
        }
        this.entries.set(key, claims);
    }
    get size() {
        return this.entries.size;
    }
}
exports.VerifiedTokenCache = VerifiedTokenCache;
//# sourceMappingURL=verified-token-cache.js.map