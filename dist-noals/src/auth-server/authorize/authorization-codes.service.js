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
var AuthorizationCodesService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthorizationCodesService = exports.AUTHORIZATION_CODE_TTL = void 0;
const common_1 = require("@nestjs/common");
const node_crypto_1 = require("node:crypto");
const audit_service_1 = require("../../audit/audit.service");
const crypto_1 = require("../../common/crypto");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const sessions_service_1 = require("../tokens/sessions.service");
const authorization_codes_repository_1 = require("./authorization-codes.repository");
/** Seconds an authorization code stays valid. */
exports.AUTHORIZATION_CODE_TTL = 60;
/** Seconds an expired code is kept, so that a late second use is still detected. */
const EXPIRED_CODE_RETENTION = 24 * 60 * 60;
const PRUNE_INTERVAL_MS = 10 * 60 * 1000;
/** Code verifier of RFC 7636 §4.1: 43 to 128 unreserved characters. */
const CODE_VERIFIER = /^[A-Za-z0-9._~-]{43,128}$/;
/**
 * Authorization codes: 256 random bits, stored as SHA-256, valid for 60 seconds, used once and
 * bound to the client, redirect URI, PKCE challenge, scope and player.
 */
let AuthorizationCodesService = AuthorizationCodesService_1 = class AuthorizationCodesService {
    repository;
    sessions;
    audit;
    logger = new common_1.Logger(AuthorizationCodesService_1.name);
    pruneTimer;
    constructor(repository, sessions, audit) {
        this.repository = repository;
        this.sessions = sessions;
        this.audit = audit;
    }
    onModuleInit() {
        this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS).unref();
    }
    onModuleDestroy() {
        clearInterval(this.pruneTimer);
    }
    /** Stores a new code for the grant and returns it; only its hash is kept. */
    async issue(grant) {
        const code = (0, crypto_1.generateOpaqueToken)();
        await this.repository.insert({
            codeHash: (0, crypto_1.sha256)(code),
            clientRef: grant.client.id,
            userId: grant.userId,
            redirectUri: grant.redirectUri,
            scope: grant.scope,
            codeChallenge: grant.codeChallenge ?? null,
            expiresAt: new Date(Date.now() + exports.AUTHORIZATION_CODE_TTL * 1000),
        });
        return code;
    }
    /**
     * Checks a presented code and starts the player's session in the transaction that marks the
     * code used, so that of concurrent redemptions exactly one succeeds. A code used before
     * revokes the session it started (RFC 6749 §4.1.2) and throws invalid_grant.
     */
    async redeem(request) {
        const outcome = await this.repository.transaction(async (manager) => {
            const row = await this.repository.lockByHash(manager, (0, crypto_1.sha256)(request.code));
            if (!row) {
                throw new oauth_errors_1.InvalidGrantError('The authorization code is invalid');
            }
            if (row.used_at) {
                return { kind: 'reused', row };
            }
            assertBinding(row, request);
            const user = await request.loadPlayer(row.user_id);
            const session = await this.sessions.startIn(manager, user.id, request.client, row.scope);
            await this.repository.markUsed(manager, row.id, session.sessionId);
            return { kind: 'redeemed', redeemed: { ...session, user, scope: row.scope } };
        });
        if (outcome.kind === 'reused') {
            return this.revokeForReuse(outcome.row, request.client);
        }
        return outcome.redeemed;
    }
    async prune() {
        try {
            await this.repository.deleteExpired(EXPIRED_CODE_RETENTION);
        }
        catch (error) {
            this.logger.error(`Deleting expired authorization codes failed: ${error.message}`);
        }
    }
    async revokeForReuse(row, client) {
        this.audit.record('authorization_code_reused', {
            brandId: client.brandId,
            clientId: client.clientId,
            userId: row.user_id,
            sessionId: row.session_id ?? undefined,
        });
        if (row.session_id) {
            await this.sessions.revoke({ id: row.session_id, userId: row.user_id, brandId: client.brandId }, 'authorization_code_reuse', client.clientId);
        }
        throw new oauth_errors_1.InvalidGrantError('The authorization code was already used; the tokens issued from it are revoked');
    }
};
exports.AuthorizationCodesService = AuthorizationCodesService;
exports.AuthorizationCodesService = AuthorizationCodesService = AuthorizationCodesService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [authorization_codes_repository_1.AuthorizationCodesRepository,
        sessions_service_1.SessionsService,
        audit_service_1.AuditService])
], AuthorizationCodesService);
/** Throws invalid_grant unless the code was issued to this client, redirect URI and verifier. */
function assertBinding(row, request) {
    if (row.client_ref !== request.client.id) {
        throw new oauth_errors_1.InvalidGrantError('The authorization code was issued to another client');
    }
    if (row.expires_at.getTime() <= Date.now()) {
        throw new oauth_errors_1.InvalidGrantError('The authorization code expired');
    }
    if (request.redirectUri !== row.redirect_uri) {
        throw new oauth_errors_1.InvalidGrantError('redirect_uri must be the one sent in the authorization request');
    }
    assertCodeVerifier(row.code_challenge, request.codeVerifier);
}
function assertCodeVerifier(challenge, verifier) {
    if (challenge === null) {
        // A verifier without a challenge means the challenge was stripped from the authorization
        // request by an attacker (a PKCE downgrade attack).
        if (verifier !== undefined) {
            throw new oauth_errors_1.InvalidGrantError('code_verifier was sent, but the authorization request had no code_challenge');
        }
        return;
    }
    if (verifier === undefined) {
        throw new oauth_errors_1.InvalidGrantError('code_verifier is required for this authorization code');
    }
    if (!CODE_VERIFIER.test(verifier)) {
        throw new oauth_errors_1.InvalidGrantError('code_verifier must be 43 to 128 unreserved characters');
    }
    const computed = Buffer.from((0, node_crypto_1.createHash)('sha256').update(verifier).digest('base64url'));
    const expected = Buffer.from(challenge);
    if (computed.length !== expected.length || !(0, node_crypto_1.timingSafeEqual)(computed, expected)) {
        throw new oauth_errors_1.InvalidGrantError('code_verifier does not match the code_challenge');
    }
}
//# sourceMappingURL=authorization-codes.service.js.map