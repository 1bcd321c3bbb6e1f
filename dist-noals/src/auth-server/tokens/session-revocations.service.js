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
exports.SessionRevocationsService = void 0;
const common_1 = require("@nestjs/common");
const notification_listener_1 = require("./notification-listener");
const sessions_repository_1 = require("./sessions.repository");
const token_constants_1 = require("./token.constants");
/** Revoked session ids are kept this long: past it, every access token of the session expired. */
const RETENTION_MS = (token_constants_1.MAX_ACCESS_TOKEN_TTL + 60) * 1000;
const PRUNE_INTERVAL_MS = 60_000;
/**
 * The set of revoked sessions, kept in memory so that the bearer guard needs no database read.
 * Every instance LISTENs on `session_revoked`; the transaction that revokes a session sends the
 * NOTIFY, so all instances learn of it when it commits. The set is reloaded from the database at
 * start and after a lost listener connection.
 */
let SessionRevocationsService = class SessionRevocationsService {
    repository;
    listener;
    revoked = new Map();
    pruneTimer;
    constructor(repository, listener) {
        this.repository = repository;
        this.listener = listener;
    }
    async onModuleInit() {
        await this.listener.subscribe(token_constants_1.SESSION_REVOKED_CHANNEL, {
            onNotification: (sessionId) => this.add(sessionId),
            onSubscribed: () => this.loadRecent(),
        });
        this.pruneTimer = setInterval(() => this.prune(), PRUNE_INTERVAL_MS).unref();
    }
    onModuleDestroy() {
        clearInterval(this.pruneTimer);
    }
    isRevoked(sessionId) {
        return this.revoked.has(sessionId);
    }
    /** Records a revocation made by this instance before its NOTIFY comes back. */
    add(sessionId) {
        this.revoked.set(sessionId, Date.now());
    }
    async loadRecent() {
        const rows = await this.repository.findRevokedSince(RETENTION_MS / 1000);
        for (const row of rows) {
            this.revoked.set(row.id, row.revoked_at.getTime());
        }
    }
    prune() {
        const cutoff = Date.now() - RETENTION_MS;
        for (const [sessionId, revokedAt] of this.revoked) {
            if (revokedAt < cutoff) {
                this.revoked.delete(sessionId);
            }
        }
    }
};
exports.SessionRevocationsService = SessionRevocationsService;
exports.SessionRevocationsService = SessionRevocationsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sessions_repository_1.SessionsRepository,
        notification_listener_1.NotificationListener])
], SessionRevocationsService);
//# sourceMappingURL=session-revocations.service.js.map