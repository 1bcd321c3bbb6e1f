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
var TokenRevocationService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenRevocationService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const crypto_1 = require("../../common/crypto");
const client_authenticator_service_1 = require("../clients/client-authenticator.service");
const client_credentials_1 = require("../clients/client-credentials");
const params_1 = require("../grants/params");
const token_params_1 = require("../token-endpoint/token-params");
const access_token_revocations_service_1 = require("../tokens/access-token-revocations.service");
const access_token_service_1 = require("../tokens/access-token.service");
const sessions_repository_1 = require("../tokens/sessions.repository");
const sessions_service_1 = require("../tokens/sessions.service");
const token_type_hint_1 = require("./token-type-hint");
/**
 * The revocation endpoint (RFC 7009): authenticates the client, finds the token and revokes it
 * when it was issued to that client. An access token is revoked by its `jti`. A refresh token
 * ends its whole session, so every access token of the session stops working on every instance.
 */
let TokenRevocationService = TokenRevocationService_1 = class TokenRevocationService {
    clients;
    accessTokens;
    accessTokenRevocations;
    sessionsRepository;
    sessions;
    audit;
    logger = new common_1.Logger(TokenRevocationService_1.name);
    constructor(clients, accessTokens, accessTokenRevocations, sessionsRepository, sessions, audit) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.accessTokenRevocations = accessTokenRevocations;
        this.sessionsRepository = sessionsRepository;
        this.sessions = sessions;
        this.audit = audit;
    }
    /**
     * Revokes the presented token. Unknown, malformed, expired and already revoked tokens end
     * without an error, as RFC 7009 §2.2 requires, because the client could do nothing about one.
     */
    async revoke(request) {
        const params = (0, token_params_1.readTokenParams)(request, 'revocation request');
        const client = await this.clients.authenticate((0, client_credentials_1.readClientCredentials)(request, params));
        const token = (0, params_1.requireParam)(params, 'token');
        for (const kind of (0, token_type_hint_1.lookupOrder)(params.token_type_hint)) {
            const outcome = kind === 'access_token'
                ? await this.revokeAccessToken(token, client)
                : await this.revokeRefreshToken(token, client);
            if (outcome !== 'unknown') {
                return;
            }
        }
    }
    async revokeAccessToken(token, client) {
        const claims = this.verifiedClaims(token);
        if (!claims) {
            return 'unknown';
        }
        if (claims.client_id !== client.clientId) {
            return this.ignoreForeignToken(client, claims.client_id, 'access_token');
        }
        await this.accessTokenRevocations.revoke(claims.jti, claims.exp);
        this.audit.record('token_revoked', {
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
    async revokeRefreshToken(token, client) {
        const record = await this.sessionsRepository.findRefreshToken((0, crypto_1.sha256)(token));
        if (!record) {
            return 'unknown';
        }
        const { session } = record;
        if (session.clientRef !== client.id) {
            return this.ignoreForeignToken(client, undefined, 'refresh_token');
        }
        if (session.revokedAt) {
            return 'revoked';
        }
        await this.sessions.revoke(session, 'token_revocation', client.clientId);
        this.audit.record('token_revoked', {
            brandId: client.brandId,
            clientId: client.clientId,
            userId: session.userId,
            sessionId: session.id,
            details: { token_type: 'refresh_token' },
        });
        return 'revoked';
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
    /**
     * Leaves a token issued to another client as it is, and the endpoint returns 200 as for an
     * unknown token. RFC 7009 §2.1 calls for an error here, but an error would tell the caller that
     * the token exists and is live, which helps whoever holds a stolen or leaked token. A client
     * that revokes only its own tokens never meets this case.
     */
    ignoreForeignToken(client, ownerClientId, kind) {
        this.logger.warn({ clientId: client.clientId, ownerClientId, tokenType: kind }, 'A client tried to revoke a token issued to another client; the token was left as it is');
        return 'foreign';
    }
};
exports.TokenRevocationService = TokenRevocationService;
exports.TokenRevocationService = TokenRevocationService = TokenRevocationService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [client_authenticator_service_1.ClientAuthenticator,
        access_token_service_1.AccessTokenService,
        access_token_revocations_service_1.AccessTokenRevocationsService,
        sessions_repository_1.SessionsRepository,
        sessions_service_1.SessionsService,
        audit_service_1.AuditService])
], TokenRevocationService);
//# sourceMappingURL=token-revocation.service.js.map