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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.LockoutService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const crypto_1 = require("../../common/crypto");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const metrics_service_1 = require("../../common/metrics/metrics.service");
const counter_store_1 = require("../../common/rate-limit/counter-store");
const request_context_1 = require("../../common/request-context");
const app_config_1 = require("../../config/app-config");
const failure_counter_1 = require("./failure-counter");
/**
 * Brute-force protection: failed password logins are counted per player and per client IP, and
 * failed client authentications per client id. Past each limit the player, IP or client is locked
 * for LOCKOUT_SECONDS, even for correct credentials.
 */
let LockoutService = class LockoutService {
    audit;
    players;
    ips;
    clients;
    constructor(store, config, audit, metrics) {
        this.audit = audit;
        const windowMs = config.FAILURE_WINDOW_SECONDS * 1000;
        const lockMs = config.LOCKOUT_SECONDS * 1000;
        this.players = new failure_counter_1.FailureCounter(store, 'login:player', {
            maxFailures: config.MAX_LOGIN_FAILURES_PER_PLAYER,
            windowMs,
            lockMs,
        }, () => metrics.lockoutStarted('player'));
        this.ips = new failure_counter_1.FailureCounter(store, 'login:ip', {
            maxFailures: config.MAX_LOGIN_FAILURES_PER_IP,
            windowMs,
            lockMs,
        }, () => metrics.lockoutStarted('ip'));
        this.clients = new failure_counter_1.FailureCounter(store, 'client-auth', {
            maxFailures: config.MAX_CLIENT_AUTH_FAILURES,
            windowMs,
            lockMs,
        }, () => metrics.lockoutStarted('client'));
    }
    /**
     * Returns the lockout key of a login: a hash of the brand and the username as typed, normalised.
     * The key never depends on which player the username belongs to, so known and unknown usernames
     * lock alike. A lock on one identifier of a player (say the nickname) reveals nothing about the
     * player's other identifiers (email, mobile number). No username is stored in the counters.
     * The cost: each identifier of a player gets its own allowance of failures.
     */
    playerKey(brandId, username) {
        return `login:${(0, crypto_1.sha256)(`${brandId}\n${normaliseUsername(username)}`).toString('hex')}`;
    }
    /** Throws invalid_grant with the retry time when password changes of the player are locked. */
    async assertPasswordChangeAllowed(userId) {
        const lockedUntil = await this.players.lockedUntil(`change:${userId}`);
        if (lockedUntil) {
            throw new common_1.HttpException(`Too many wrong current passwords; ${(0, failure_counter_1.retryHint)(lockedUntil)}`, common_1.HttpStatus.TOO_MANY_REQUESTS);
        }
    }
    /** Counts a wrong current password given to a password change, against the same limit. */
    async recordPasswordChangeFailure(userId) {
        await this.players.recordFailure(`change:${userId}`);
    }
    /** Throws invalid_grant with the retry time when the caller's IP is locked. */
    async assertIpAllowed() {
        const ip = (0, request_context_1.currentRequest)()?.ip;
        const lockedUntil = ip ? await this.ips.lockedUntil(ip) : null;
        if (lockedUntil) {
            throw new oauth_errors_1.InvalidGrantError(`Too many failed logins from this IP address; ${(0, failure_counter_1.retryHint)(lockedUntil)}`);
        }
    }
    /** Throws invalid_grant with the retry time when the player is locked. */
    async assertPlayerAllowed(playerKey) {
        const lockedUntil = await this.players.lockedUntil(playerKey);
        if (lockedUntil) {
            throw playerLockedError(lockedUntil);
        }
    }
    /**
     * Counts a failed login for the player and the caller's IP. Throws the lock error when this
     * failure locked the player, and records `account_locked` once per lock of a known player.
     */
    async recordLoginFailure(playerKey, client, userId) {
        const ip = (0, request_context_1.currentRequest)()?.ip;
        const [player] = await Promise.all([
            this.players.recordFailure(playerKey),
            ip ? this.ips.recordFailure(ip) : undefined,
        ]);
        if (!player.lockedUntil) {
            return;
        }
        if (player.lockStarted && userId) {
            this.audit.record('account_locked', {
                brandId: client.brandId,
                clientId: client.clientId,
                userId,
                details: { locked_until: player.lockedUntil.toISOString() },
            });
        }
        throw playerLockedError(player.lockedUntil);
    }
    recordLoginSuccess(playerKey) {
        return this.players.reset(playerKey);
    }
    /** Returns the description of the client's lock, or null when the client is not locked. */
    async clientLockDescription(clientId) {
        const lockedUntil = await this.clients.lockedUntil(clientId);
        return lockedUntil
            ? `Too many failed authentications of this client; ${(0, failure_counter_1.retryHint)(lockedUntil)}`
            : null;
    }
    async recordClientFailure(clientId) {
        await this.clients.recordFailure(clientId);
    }
};
exports.LockoutService = LockoutService;
exports.LockoutService = LockoutService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(counter_store_1.COUNTER_STORE)),
    __metadata("design:paramtypes", [Object, app_config_1.AppConfig,
        audit_service_1.AuditService,
        metrics_service_1.MetricsService])
], LockoutService);
function playerLockedError(lockedUntil) {
    return new oauth_errors_1.InvalidGrantError(`The account is temporarily locked after too many failed logins; ${(0, failure_counter_1.retryHint)(lockedUntil)}`);
}
/** Lower-cases and trims a username; a phone-like one keeps its digits only. */
function normaliseUsername(username) {
    const trimmed = username.trim().toLowerCase().normalize('NFC');
    return /^[\d\s+()-]+$/.test(trimmed) ? trimmed.replace(/\D/g, '') : trimmed;
}
//# sourceMappingURL=lockout.service.js.map