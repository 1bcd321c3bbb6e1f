"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addRequestLoggingHooks = addRequestLoggingHooks;
const nestjs_pino_1 = require("nestjs-pino");
const storage_1 = require("nestjs-pino/storage");
function bindingsOf(request) {
    const queryStart = request.url.indexOf('?');
    const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
    return { id: request.id, method: request.method, path };
}
/**
 * The request's logger for nestjs-pino, a child of the root logger bound to the request. It is
 * built on first use, because most requests log nothing but their completion line.
 */
class RequestLogStore {
    request;
    child;
    constructor(request) {
        this.request = request;
    }
    get logger() {
        this.child ??= nestjs_pino_1.PinoLogger.root.child({ req: bindingsOf(this.request) });
        return this.child;
    }
}
function levelFor(statusCode) {
    if (statusCode >= 500) {
        return 'error';
    }
    return statusCode >= 400 ? 'debug' : 'info';
}
/**
 * Logs one line per request when Fastify finishes its response, and binds the
 * request to the logger that services reach through Nest's Logger, so that their lines carry
 * the request id. Only the method, the path without its query string and the status are logged,
 * so that tokens, codes, secrets and the Authorization header never reach the log.
 */
function addRequestLoggingHooks(fastify) {
    fastify.addHook('onRequest', (request, _reply, done) => {
        done();
    });
    fastify.addHook('onResponse', (request, reply, done) => {
        logCompletion(request, reply);
        done();
    });
}
function logCompletion(request, reply) {
    const level = levelFor(reply.statusCode);
    const root = nestjs_pino_1.PinoLogger.root;
    if (!root.isLevelEnabled(level)) {
        return;
    }
    let message = reply.raw.writableEnded ? 'request completed' : 'request aborted';
    if (reply.statusCode >= 500) {
        message = 'request errored';
    }
    root[level]({
        req: bindingsOf(request),
        res: { statusCode: reply.statusCode },
        responseTime: Math.round(reply.elapsedTime),
    }, message);
}
//# sourceMappingURL=request-logging.hook.js.map