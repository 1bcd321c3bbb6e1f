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
exports.AuditService = void 0;
const common_1 = require("@nestjs/common");
const request_context_1 = require("../common/request-context");
const audit_repository_1 = require("./audit.repository");
const FLUSH_INTERVAL_MS = 100;
const FLUSH_SIZE = 200;
/** Events kept for a retry when PostgreSQL is unreachable; older ones are dropped past this. */
const MAX_PENDING = 10_000;
const ERROR_LOG_INTERVAL_MS = 10_000;
const WARNING_TYPES = new Set([
    'login_failed',
    'client_authentication_failed',
    'refresh_token_reused',
    'authorization_code_reused',
    'account_locked',
]);
/**
 * Records security events in `audit_events` and the log. Inserts are batched every 100 ms so
 * that hot paths such as the token endpoint add no round trip. Events still buffered when the
 * process dies are lost, and another instance's events may appear up to 100 ms late.
 */
let AuditService = class AuditService {
    repository;
    logger = new common_1.Logger('Audit');
    pending = [];
    timer;
    flushing;
    lastErrorLoggedAt = 0;
    constructor(repository) {
        this.repository = repository;
    }
    onModuleInit() {
        this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
    }
    async onModuleDestroy() {
        clearInterval(this.timer);
        await this.flush();
    }
    record(type, facts) {
        const request = (0, request_context_1.currentRequest)();
        const event = {
            type,
            brandId: facts.brandId ?? null,
            clientId: facts.clientId ?? null,
            userId: facts.userId ?? null,
            sessionId: facts.sessionId ?? null,
            requestId: request?.requestId ?? null,
            ip: request?.ip ?? null,
            details: facts.details ?? {},
            createdAt: new Date(),
        };
        const fields = {
            event: type,
            clientId: event.clientId ?? undefined,
            userId: event.userId ?? undefined,
            sessionId: event.sessionId ?? undefined,
            ...event.details,
        };
        if (WARNING_TYPES.has(type)) {
            this.logger.warn(fields, type);
        }
        else {
            this.logger.log(fields, type);
        }
        this.pending.push(event);
        if (this.pending.length >= FLUSH_SIZE) {
            void this.flush();
        }
    }
    /** Writes every buffered event; waits for a flush already under way. */
    async flush() {
        while (this.flushing) {
            await this.flushing;
        }
        if (this.pending.length === 0) {
            return;
        }
        const batch = this.pending;
        this.pending = [];
        this.flushing = this.write(batch);
        await this.flushing;
        this.flushing = undefined;
    }
    /** Returns a page of a brand's events, newest first, after writing this instance's buffer. */
    async find(filter, offset, limit) {
        await this.flush();
        return this.repository.findPage(filter, offset, limit);
    }
    /**
     * Inserts a batch. When PostgreSQL rejects the data itself, the events are retried one by one,
     * so one bad event cannot hold back the others. Other failures keep the whole batch for a retry
     * at the next flush. Errors are logged at most once per ERROR_LOG_INTERVAL_MS.
     */
    async write(batch) {
        try {
            await this.repository.insertMany(batch);
        }
        catch (error) {
            if (!isDataError(error)) {
                this.logFailure(error, batch.length, 'keeping them for a retry');
                this.pending = [...batch, ...this.pending].slice(-MAX_PENDING);
                return;
            }
            await this.writeOneByOne(batch);
        }
    }
    async writeOneByOne(batch) {
        for (const event of batch) {
            try {
                await this.repository.insertMany([event]);
            }
            catch (error) {
                this.logFailure(error, 1, `dropping a ${event.type} event PostgreSQL rejects`);
            }
        }
    }
    logFailure(error, count, outcome) {
        const now = Date.now();
        if (now - this.lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) {
            return;
        }
        this.lastErrorLoggedAt = now;
        const code = error.driverError?.code;
        this.logger.error({ error: error.message, code, events: count }, `Could not store audit events; ${outcome}`);
    }
};
exports.AuditService = AuditService;
exports.AuditService = AuditService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [audit_repository_1.AuditRepository])
], AuditService);
/** True for PostgreSQL's data exceptions (SQLSTATE class 22), which a retry cannot fix. */
function isDataError(error) {
    const code = error.driverError?.code;
    return typeof code === 'string' && code.startsWith('22');
}
//# sourceMappingURL=audit.service.js.map