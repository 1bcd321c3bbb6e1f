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
var AccessTokenRevocationsService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AccessTokenRevocationsService = void 0;
const common_1 = require("@nestjs/common");
const notification_listener_1 = require("./notification-listener");
const revoked_access_tokens_repository_1 = require("./revoked-access-tokens.repository");
const token_constants_1 = require("./token.constants");
/**
 * Seconds a revocation is kept after the token's `exp`: verification accepts a token up to
 * CLOCK_SKEW_LEEWAY seconds after it, and a minute more covers clock differences between hosts.
 */
const GRACE_SECONDS = token_constants_1.CLOCK_SKEW_LEEWAY + 60;
const PRUNE_INTERVAL_MS = 60_000;
/**
 * The set of access tokens revoked by `jti` before their expiry, kept in memory so that the
 * bearer guard needs no database read. Every instance LISTENs on `access_token_revoked`, and
 * the transaction that stores a revocation sends the NOTIFY, so all instances learn of it when
 * it commits. The set is reloaded from `revoked_access_tokens` at start and after a lost
 * listener connection, and entries leave it once their token expired.
 */
let AccessTokenRevocationsService = AccessTokenRevocationsService_1 = class AccessTokenRevocationsService {
    repository;
    listener;
    logger = new common_1.Logger(AccessTokenRevocationsService_1.name);
    /** Expiry of each revoked token, in milliseconds since the epoch, by `jti`. */
    revoked = new Map();
    pruneTimer;
    constructor(repository, listener) {
        this.repository = repository;
        this.listener = listener;
    }
    async onModuleInit() {
        await this.listener.subscribe(revoked_access_tokens_repository_1.ACCESS_TOKEN_REVOKED_CHANNEL, {
            onNotification: (payload) => this.addFromNotification(payload),
            onSubscribed: () => this.loadUnexpired(),
        });
        this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS).unref();
    }
    onModuleDestroy() {
        clearInterval(this.pruneTimer);
    }
    isRevoked(jti) {
        return this.revoked.has(jti);
    }
    /**
     * Revokes an access token on every instance. `exp` is the token's expiry in seconds since the
     * epoch. Returns false when the token was already revoked.
     */
    async revoke(jti, exp) {
        const expiresAt = new Date(exp * 1000);
        const stored = await this.repository.revoke({ jti, expiresAt });
        // This instance rejects the token at once instead of waiting for its own NOTIFY.
        this.revoked.set(jti, expiresAt.getTime());
        return stored;
    }
    addFromNotification(payload) {
        const [jti, exp] = payload.split(' ');
        const expSeconds = Number(exp);
        if (!jti || !Number.isFinite(expSeconds)) {
            this.logger.warn(`Ignored a malformed ${revoked_access_tokens_repository_1.ACCESS_TOKEN_REVOKED_CHANNEL} notification`);
            return;
        }
        this.revoked.set(jti, expSeconds * 1000);
    }
    async loadUnexpired() {
        for (const token of await this.repository.findUnexpired(GRACE_SECONDS)) {
            this.revoked.set(token.jti, token.expiresAt.getTime());
        }
    }
    /** Forgets revocations of expired tokens, in memory and in the table. */
    async prune() {
        const cutoff = Date.now() - GRACE_SECONDS * 1000;
        for (const [jti, expiresAt] of this.revoked) {
            if (expiresAt < cutoff) {
                this.revoked.delete(jti);
            }
        }
        try {
            await this.repository.deleteExpired(GRACE_SECONDS);
        }
        catch (error) {
            this.logger.warn(`Could not delete expired access-token revocations: ${error.message}`);
        }
    }
};
exports.AccessTokenRevocationsService = AccessTokenRevocationsService;
exports.AccessTokenRevocationsService = AccessTokenRevocationsService = AccessTokenRevocationsService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [revoked_access_tokens_repository_1.RevokedAccessTokensRepository,
        notification_listener_1.NotificationListener])
], AccessTokenRevocationsService);
//# sourceMappingURL=access-token-revocations.service.js.map