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
exports.IdempotencyInterceptor = exports.IDEMPOTENT_REPLAYED_HEADER = exports.IDEMPOTENCY_KEY_HEADER = void 0;
const common_1 = require("@nestjs/common");
const constants_1 = require("@nestjs/common/constants");
const rxjs_1 = require("rxjs");
const http_exception_filter_1 = require("../errors/http-exception.filter");
const idempotency_errors_1 = require("./idempotency.errors");
const idempotency_service_1 = require("./idempotency.service");
const request_hash_1 = require("./request-hash");
exports.IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
exports.IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
const VISIBLE_ASCII = /^[\x21-\x7E]+$/;
/** Retry-After of a 409 for a key whose first request still runs. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;
/**
 * Runs a route once per Idempotency-Key and caller, as the Idempotent decorator describes. Nest
 * runs it after the guards, so the caller is the verified principal, and around the pipes, so
 * that a validation error is stored like any other 4xx.
 */
let IdempotencyInterceptor = class IdempotencyInterceptor {
    idempotency;
    /** Builds the error bodies the global filter would send, to store them for replay. */
    errorBodies = new http_exception_filter_1.HttpExceptionFilter();
    constructor(idempotency) {
        this.idempotency = idempotency;
    }
    async intercept(context, next) {
        const http = context.switchToHttp();
        const request = http.getRequest();
        const header = request.headers[exports.IDEMPOTENCY_KEY_HEADER];
        if (header === undefined) {
            return next.handle();
        }
        const scope = scopeOf(request.user, parseKey(header));
        const hash = (0, request_hash_1.requestHash)({
            method: request.method,
            route: request.routeOptions.url ?? request.url,
            params: request.params,
            body: request.body,
        });
        const started = await this.idempotency.start(scope, hash);
        const reply = http.getResponse();
        if (started.kind === 'in_progress') {
            void reply.header('Retry-After', String(IN_PROGRESS_RETRY_AFTER_SECONDS));
            throw (0, idempotency_errors_1.idempotencyKeyInUse)();
        }
        if (started.kind === 'replay') {
            void reply.header(exports.IDEMPOTENT_REPLAYED_HEADER, 'true');
            throw new idempotency_errors_1.ReplayedResponse(started.status, started.body);
        }
        return (0, rxjs_1.from)(this.runClaimed(context, next, scope, started.claimId));
    }
    async runClaimed(context, next, scope, claimId) {
        let body;
        try {
            body = await (0, rxjs_1.lastValueFrom)(next.handle(), { defaultValue: undefined });
        }
        catch (error) {
            await this.finishWithError(context, scope, claimId, error);
            throw error;
        }
        // NOTE: the route's transaction has committed before this write. If the process stops in
        // between, the key stays claimed, and a retry after IDEMPOTENCY_LOCK_TIMEOUT runs the route
        // a second time. The same happens when a route runs for longer than that timeout.
        await this.idempotency.complete(scope, claimId, successStatus(context), toJsonValue(body));
        return body;
    }
    /**
     * Stores a 4xx for replay, since the same request would fail the same way. A 5xx releases
     * the key instead: the route's database transaction rolled back, so a retry is safe, and a
     * stored 5xx would turn a passing fault into the permanent response.
     */
    async finishWithError(context, scope, claimId, error) {
        const request = context.switchToHttp().getRequest();
        const body = this.errorBodies.toApiError(error, (0, http_exception_filter_1.requestIdOf)(request));
        if (body.status >= 500) {
            await this.idempotency.release(scope, claimId);
            return;
        }
        await this.idempotency.complete(scope, claimId, body.status, body);
    }
};
exports.IdempotencyInterceptor = IdempotencyInterceptor;
exports.IdempotencyInterceptor = IdempotencyInterceptor = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [idempotency_service_1.IdempotencyService])
], IdempotencyInterceptor);
function parseKey(header) {
    if (typeof header !== 'string' ||
        header.length > idempotency_errors_1.MAX_IDEMPOTENCY_KEY_LENGTH ||
        !VISIBLE_ASCII.test(header)) {
        throw (0, idempotency_errors_1.invalidIdempotencyKey)();
    }
    return header;
}
function scopeOf(principal, key) {
    if (!principal) {
        throw new Error('@Idempotent() needs a route protected by @Scopes(), which sets the caller');
    }
    return {
        brand: principal.brand,
        clientId: principal.clientId,
        subject: principal.subject,
        key,
    };
}
/** Returns the status Nest sends for a returned value: @HttpCode, else 201 for POST and 200 otherwise. */
function successStatus(context) {
    const declared = Reflect.getMetadata(constants_1.HTTP_CODE_METADATA, context.getHandler());
    if (declared) {
        return declared;
    }
    return context.switchToHttp().getRequest().method === 'POST' ? 201 : 200;
}
/** Returns the value as the client receives it, after JSON serialisation. */
function toJsonValue(body) {
    return body === undefined ? null : JSON.parse(JSON.stringify(body));
}
//# sourceMappingURL=idempotency.interceptor.js.map