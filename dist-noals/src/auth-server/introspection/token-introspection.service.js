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
exports.TokenIntrospectionService = void 0;
const common_1 = require("@nestjs/common");
const crypto_1 = require("../../common/crypto");
const app_config_1 = require("../../config/app-config");
const client_authenticator_service_1 = require("../clients/client-authenticator.service");
const params_1 = require("../grants/params");
const token_type_hint_1 = require("../revocation/token-type-hint");
const token_params_1 = require("../token-endpoint/token-params");
const access_token_service_1 = require("../tokens/access-token.service");
const introspection_client_1 = require("./introspection-client");
const introspection_repository_1 = require("./introspection.repository");
const INACTIVE = { active: false };
/**
 * The introspection endpoint (RFC 7662). A token is active only when it is valid now and belongs
 * to the caller's brand. Any other token, including one of another brand, is `{"active": false}`
 * and nothing more, so the response reveals nothing about tokens outside the caller's brand.
 *
 * `username` is the player's nickname, or absent. The email and mobile number are personal
 * contact data, which a token check has no reason to hand out. The nickname is the name the
 * player chose to show to others in the brand.
 */
let TokenIntrospectionService = class TokenIntrospectionService {
    clients;
    accessTokens;
    repository;
    config;
    constructor(clients, accessTokens, repository, config) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.repository = repository;
        this.config = config;
    }
    async introspect(request) {
        const params = (0, token_params_1.readTokenParams)(request, 'introspection request');
        const client = await (0, introspection_client_1.authenticateIntrospector)(this.clients, request, params);
        const token = (0, params_1.requireParam)(params, 'token');
        for (const kind of (0, token_type_hint_1.lookupOrder)(params.token_type_hint)) {
            const answer = kind === 'access_token'
                ? await this.introspectAccessToken(token, client)
                : await this.introspectRefreshToken(token, client);
            if (answer) {
                return answer;
            }
        }
        return INACTIVE;
    }
    /** Returns undefined when the token is no valid access token, so the refresh lookup runs. */
    async introspectAccessToken(token, client) {
        const claims = this.verifiedClaims(token);
        if (!claims) {
            return undefined;
        }
        // The bearer guard allows a clock-skew leeway past `exp`. Introspection reports by this
        // server's own clock, so an expired token is inactive at once.
        if (claims.brand !== client.brand.code || claims.exp * 1000 <= Date.now()) {
            return INACTIVE;
        }
        let username;
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
    async introspectRefreshToken(token, client) {
        const record = await this.repository.findRefreshToken((0, crypto_1.sha256)(token));
        if (!record) {
            return undefined;
        }
        const active = record.brandId === client.brandId &&
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
    verifiedClaims(token) {
        try {
            return this.accessTokens.verify(token);
        }
        catch (error) {
            if (error instanceof access_token_service_1.AccessTokenRejected) {
                return undefined;
            }
            throw error;
        }
    }
};
exports.TokenIntrospectionService = TokenIntrospectionService;
exports.TokenIntrospectionService = TokenIntrospectionService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [client_authenticator_service_1.ClientAuthenticator,
        access_token_service_1.AccessTokenService,
        introspection_repository_1.IntrospectionRepository,
        app_config_1.AppConfig])
], TokenIntrospectionService);
function toSeconds(date) {
    return Math.floor(date.getTime() / 1000);
}
//# sourceMappingURL=token-introspection.service.js.map