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
exports.SessionsService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const metrics_service_1 = require("../../common/metrics/metrics.service");
const crypto_1 = require("../../common/crypto");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const request_context_1 = require("../../common/request-context");
const session_revocations_service_1 = require("./session-revocations.service");
const sessions_repository_1 = require("./sessions.repository");
/** Length of the `sessions.user_agent` column. Longer headers are cut to it. */
const MAX_USER_AGENT_LENGTH = 512;
const REUSED_WITHIN_GRACE = 'The refresh token was already used moments ago; use the refresh token of the latest response';
/**
 * Starts player sessions and rotates their refresh tokens. A refresh token works once. Presenting
 * a used one again revokes the whole session (RFC 9700 §4.14.2), because one of the two holders
 * may be an attacker, unless it comes within the client's `refreshTokenReuseGrace` seconds of the
 * use; such a request gets invalid_grant and the session stays.
 */
let SessionsService = class SessionsService {
    repository;
    revocations;
    audit;
    metrics;
    constructor(repository, revocations, audit, metrics) {
        this.repository = repository;
        this.revocations = revocations;
        this.audit = audit;
        this.metrics = metrics;
    }
    /** Starts a session and its first refresh token in one statement. */
    start(userId, client, scope) {
        return this.startIn(undefined, userId, client, scope);
    }
    /**
     * Starts a session inside the caller's transaction, which commits or rolls it back, or on its
     * own when `manager` is undefined.
     */
    async startIn(manager, userId, client, scope) {
        const refreshToken = (0, crypto_1.generateOpaqueToken)();
        const sessionId = await this.repository.createSession({ userId, clientRef: client.id, brandId: client.brandId, scope, ...requestOrigin() }, { tokenHash: (0, crypto_1.sha256)(refreshToken), scope, expiresAt: expiryFor(client) }, manager);
        if (!sessionId) {
            throw new oauth_errors_1.InvalidGrantError('The player is self-excluded');
        }
        return { sessionId, refreshToken };
    }
    /**
     * Returns the stored refresh token and its session when the presented token may be rotated by
     * this client. Throws InvalidGrantError otherwise; a token used before revokes its session.
     */
    async inspect(presented, client) {
        const record = await this.repository.findRefreshToken((0, crypto_1.sha256)(presented));
        if (!record || record.session.clientRef !== client.id) {
            throw new oauth_errors_1.InvalidGrantError('The refresh token is invalid or was issued to another client');
        }
        const { token, session } = record;
        if (session.revokedAt) {
            throw new oauth_errors_1.InvalidGrantError('The refresh token was revoked');
        }
        if (token.usedAt) {
            if (withinReuseGrace(token.usedAt, client)) {
                throw new oauth_errors_1.InvalidGrantError(REUSED_WITHIN_GRACE);
            }
            return this.revokeForReuse(session, client);
        }
        if (token.expiresAt.getTime() <= Date.now()) {
            throw new oauth_errors_1.InvalidGrantError('The refresh token expired');
        }
        return record;
    }
    /**
     * Marks the inspected token used and returns its successor, which keeps the same scope, and
     * records the refresh time, user agent and IP address on the session. When a concurrent request
     * used the token first, the session is revoked as for any reuse.
     */
    async rotate(record, client) {
        const { token, session } = record;
        const refreshToken = (0, crypto_1.generateOpaqueToken)();
        const rotated = await this.repository.rotateRefreshToken(token.id, requestOrigin(), {
            tokenHash: (0, crypto_1.sha256)(refreshToken),
            scope: token.scope,
            expiresAt: expiryFor(client),
        });
        if (!rotated) {
            // A concurrent request used the token just now, so any grace window covers it.
            if (client.refreshTokenReuseGrace > 0) {
                throw new oauth_errors_1.InvalidGrantError(REUSED_WITHIN_GRACE);
            }
            return this.revokeForReuse(session, client);
        }
        return refreshToken;
    }
    /**
     * Revokes a session: its refresh tokens stop working, and so do its access tokens, on every
     * instance. `reason` is a short code such as `logout` or `refresh_token_reuse`.
     */
    async revoke(session, reason, clientId) {
        const revoked = await this.repository.transaction((manager) => this.repository.revokeSession(manager, session.id, reason));
        this.revocations.add(session.id);
        if (revoked) {
            this.audit.record('session_revoked', {
                brandId: session.brandId,
                clientId,
                userId: session.userId,
                sessionId: session.id,
                details: { reason },
            });
        }
    }
    /**
     * Revokes every session of a player, except `keepSessionId` when given, on every instance.
     * Records `session_revoked` for each.
     */
    async revokeAllOf(user, reason, clientId, keepSessionId) {
        const revoked = await this.repository.transaction((manager) => this.repository.revokeSessionsOfUser(manager, user.id, reason, keepSessionId));
        for (const sessionId of revoked) {
            this.revocations.add(sessionId);
            this.audit.record('session_revoked', {
                brandId: user.brandId,
                clientId,
                userId: user.id,
                sessionId,
                details: { reason },
            });
        }
    }
    async revokeForReuse(session, client) {
        this.metrics.refreshTokenReused();
        this.audit.record('refresh_token_reused', {
            brandId: session.brandId,
            clientId: client.clientId,
            userId: session.userId,
            sessionId: session.id,
        });
        await this.revoke(session, 'refresh_token_reuse', client.clientId);
        throw new oauth_errors_1.InvalidGrantError('The refresh token was already used; the session is revoked');
    }
};
exports.SessionsService = SessionsService;
exports.SessionsService = SessionsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sessions_repository_1.SessionsRepository,
        session_revocations_service_1.SessionRevocationsService,
        audit_service_1.AuditService,
        metrics_service_1.MetricsService])
], SessionsService);
/** Returns the user agent and IP address of the request being served, or nulls outside one. */
function requestOrigin() {
    const request = (0, request_context_1.currentRequest)();
    return {
        userAgent: request?.userAgent?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
        ip: request?.ip ?? null,
    };
}
/**
 * True when the client has a reuse grace window and the token was used within it: parallel
 * refreshes from several tabs of one app then get invalid_grant without losing the session.
 */
function withinReuseGrace(usedAt, client) {
    return Date.now() - usedAt.getTime() < client.refreshTokenReuseGrace * 1000;
}
function expiryFor(client) {
    return new Date(Date.now() + client.refreshTokenTtl * 1000);
}
//# sourceMappingURL=sessions.service.js.map