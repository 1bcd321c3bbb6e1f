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
var SessionExpiryService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionExpiryService = exports.IdleGameSessionException = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const app_config_1 = require("../../config/app-config");
const session_expiry_repository_1 = require("./session-expiry.repository");
/** Sessions ended per statement; a run repeats until fewer than this were idle. */
const BATCH_SIZE = 500;
/** Upper bound of batches in one run, so that one run cannot hold the job forever. */
const MAX_BATCHES_PER_RUN = 100;
/** A round on a session that had no round for longer than GAME_SESSION_IDLE_SECONDS; 409. */
class IdleGameSessionException extends common_1.ConflictException {
    sessionId;
    constructor(sessionId, idleSeconds) {
        super(`Game session ${sessionId} has ended: it had no round for more than ${idleSeconds} s`);
        this.sessionId = sessionId;
    }
}
exports.IdleGameSessionException = IdleGameSessionException;
/**
 * Ends game sessions with no round for longer than GAME_SESSION_IDLE_SECONDS, every
 * GAME_SESSION_EXPIRY_INTERVAL_SECONDS (0 turns the interval off). Several instances may run it
 * at once: each session is ended by exactly one of them, which records `game_session_ended`.
 */
let SessionExpiryService = SessionExpiryService_1 = class SessionExpiryService {
    repository;
    audit;
    config;
    logger = new common_1.Logger(SessionExpiryService_1.name);
    timer;
    running;
    constructor(repository, audit, config) {
        this.repository = repository;
        this.audit = audit;
        this.config = config;
    }
    onModuleInit() {
        const seconds = this.config.GAME_SESSION_EXPIRY_INTERVAL_SECONDS;
        if (seconds > 0) {
            this.timer = setInterval(() => void this.runScheduled(), seconds * 1000).unref();
        }
    }
    async onModuleDestroy() {
        clearInterval(this.timer);
        await this.running?.catch(() => undefined);
    }
    /**
     * Throws 409 when the session has ended or had no round for longer than the idle time. Call it
     * on the session row locked by the round's transaction.
     */
    assertOpen(session) {
        if (session.status !== 'active') {
            throw new common_1.ConflictException(`Game session ${session.id} has ended`);
        }
        const idleSeconds = this.config.GAME_SESSION_IDLE_SECONDS;
        if (Date.now() - session.lastActivityAt.getTime() > idleSeconds * 1000) {
            throw new IdleGameSessionException(session.id, idleSeconds);
        }
    }
    /** Ends every idle session now and returns how many this call ended. */
    async endIdleSessions() {
        let total = 0;
        for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            const ended = await this.repository.endIdle(this.config.GAME_SESSION_IDLE_SECONDS, BATCH_SIZE);
            ended.forEach((session) => this.recordEnd(session));
            total += ended.length;
            if (ended.length < BATCH_SIZE) {
                break;
            }
        }
        return total;
    }
    /** Ends one session if it is idle; a round rejected as idle calls it after its rollback. */
    async endIfIdle(sessionId) {
        const ended = await this.repository.endOneIfIdle(sessionId, this.config.GAME_SESSION_IDLE_SECONDS);
        if (ended) {
            this.recordEnd(ended);
        }
    }
    async runScheduled() {
        if (this.running) {
            return;
        }
        this.running = this.endIdleSessions();
        try {
            const count = await this.running;
            if (count > 0) {
                this.logger.log({ count }, 'Ended idle game sessions');
            }
        }
        catch (error) {
            this.logger.error({ error: error.message }, 'Ending idle game sessions failed');
        }
        finally {
            this.running = undefined;
        }
    }
    recordEnd(session) {
        this.audit.record('game_session_ended', {
            brandId: session.brandId,
            userId: session.userId,
            details: {
                game_session_id: session.id,
                game_id: session.gameId,
                reason: 'idle',
                bet: Number(session.bet),
                win: Number(session.win),
                amount_after: Number(session.amountAfter),
                last_activity_at: session.lastActivityAt.toISOString(),
            },
        });
    }
};
exports.SessionExpiryService = SessionExpiryService;
exports.SessionExpiryService = SessionExpiryService = SessionExpiryService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [session_expiry_repository_1.SessionExpiryRepository,
        audit_service_1.AuditService,
        app_config_1.AppConfig])
], SessionExpiryService);
//# sourceMappingURL=session-expiry.service.js.map