"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessTokenService = exports.AccessTokenRejected = void 0;
const node_crypto_1 = require("node:crypto");
const common_1 = require("@nestjs/common");
const jwt_1 = require("@nestjs/jwt");
const jsonwebtoken_1 = require("jsonwebtoken");
const app_config_1 = require("../../config/app-config");
const signing_keys_service_1 = require("../keys/signing-keys.service");
const access_token_revocations_service_1 = require("./access-token-revocations.service");
const session_revocations_service_1 = require("./session-revocations.service");
const es256_jwt_1 = require("./es256-jwt");
const token_constants_1 = require("./token.constants");
const verified_token_cache_1 = require("./verified-token-cache");
/** Maximum number of verified tokens kept in memory: an estimated 5 MB of claims. */
const VERIFIED_CACHE_ENTRIES = 10_000;
/** Rejection of an access token. Its message is safe to show to the client. */
class AccessTokenRejected extends Error {
}
exports.AccessTokenRejected = AccessTokenRejected;
/**
 * Signs and verifies access tokens: ES256 JWTs with `typ: at+jwt`, signed by the current key and
 * verified against any unretired key, with the revoked-session and revoked-token sets checked in
 * memory on every verification. The signature of a cached token is not verified again.
 */
let AccessTokenService = class AccessTokenService {
    jwt;
    keys;
    revocations;
    config;
    tokenRevocations;
    verified = new verified_token_cache_1.VerifiedTokenCache(VERIFIED_CACHE_ENTRIES);
    constructor(jwt, keys, revocations, config, tokenRevocations) {
        this.jwt = jwt;
        this.keys = keys;
        this.revocations = revocations;
        this.config = config;
        this.tokenRevocations = tokenRevocations;
    }
    sign(grant) {
        const key = this.keys.current();
        const iat = Math.floor(Date.now() / 1000);
        const claims = {
            iss: this.config.issuer,
            aud: this.config.issuer,
            sub: grant.subject,
            client_id: grant.clientId,
            brand: grant.brand,
            scope: grant.scope,
            jti: (0, node_crypto_1.randomUUID)(),
            iat,
            exp: iat + grant.ttl,
        };
        if (grant.sessionId) {
            claims.sid = grant.sessionId;
        }
        const header = { alg: signing_keys_service_1.SIGNING_ALGORITHM, typ: token_constants_1.ACCESS_TOKEN_TYPE, kid: key.kid };
        return (0, es256_jwt_1.signEs256)(header, claims, key.privateKey);
    }
    /** Returns the claims of a valid token; throws AccessTokenRejected otherwise. */
    verify(token) {
        const cacheKey = verified_token_cache_1.VerifiedTokenCache.keyOf(token);
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
    verifySignatureAndClaims(token) {
        const header = decodeHeader(token);
        const publicKey = typeof header?.kid === 'string' ? this.keys.publicKey(header.kid) : undefined;
        if (!header || !isAccessTokenType(header.typ) || !publicKey) {
            throw new AccessTokenRejected('The access token is malformed or not issued by this server');
        }
        let claims;
        try {
            claims = this.jwt.verify(token, {
                // jsonwebtoken accepts a KeyObject, though @nestjs/jwt declares only string or Buffer.
                publicKey: publicKey,
                algorithms: [signing_keys_service_1.SIGNING_ALGORITHM],
                issuer: this.config.issuer,
                audience: this.config.issuer,
                clockTolerance: token_constants_1.CLOCK_SKEW_LEEWAY,
            });
        }
        catch (error) {
            if (error instanceof jsonwebtoken_1.TokenExpiredError) {
                throw new AccessTokenRejected('The access token expired');
            }
            throw new AccessTokenRejected('The access token is malformed or not issued by this server');
        }
        if (typeof claims.exp !== 'number') {
            throw new AccessTokenRejected('The access token is malformed or not issued by this server');
        }
        if (typeof claims.iat !== 'number' || claims.iat > Date.now() / 1000 + token_constants_1.CLOCK_SKEW_LEEWAY) {
            throw new AccessTokenRejected('The access token was issued in the future');
        }
        return { exp: claims.exp, kid: header.kid, claims };
    }
};
exports.AccessTokenService = AccessTokenService;
exports.AccessTokenService = AccessTokenService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [jwt_1.JwtService,
        signing_keys_service_1.SigningKeysService,
        session_revocations_service_1.SessionRevocationsService,
        app_config_1.AppConfig,
        access_token_revocations_service_1.AccessTokenRevocationsService])
], AccessTokenService);
/** Accepts `at+jwt` and its full media type `application/at+jwt` (RFC 9068 §4). */
function isAccessTokenType(typ) {
    if (typeof typ !== 'string') {
        return false;
    }
    const value = typ.toLowerCase();
    return value === token_constants_1.ACCESS_TOKEN_TYPE || value === `application/${token_constants_1.ACCESS_TOKEN_TYPE}`;
}
function decodeHeader(token) {
    const end = token.indexOf('.');
    if (end <= 0) {
        return undefined;
    }
    try {
        const header = JSON.parse(Buffer.from(token.slice(0, end), 'base64url').toString());
        return typeof header === 'object' && header !== null ? header : undefined;
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=access-token.service.js.map