"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addHandlerTimeout = addHandlerTimeout;
const fastify_1 = require("fastify");
/**
 * Sends Fastify's 503 error FST_ERR_HANDLER_TIMEOUT for a request still without a response
 * `timeoutMs` after it arrived. Fastify 5.11's own `handlerTimeout` option does the same, but
 * also creates an AbortController per request and aborts it with a new DOMException when the
 * request closes. In a CPU profile of the bench's client_credentials scenario that was about 7 %
 * of the server's time. The handler keeps running, as with Fastify's option, and no abort signal
 * is exposed.
 */
function addHandlerTimeout(fastify, timeoutMs) {
    fastify.decorateRequest('handlerTimeoutTimer', null);
    fastify.addHook('onRequest', (request, reply, done) => {
        const timer = setTimeout(() => {
            if (!reply.sent && !reply.raw.destroyed) {
                const url = request.routeOptions.url ?? request.url;
                void reply.send(new fastify_1.errorCodes.FST_ERR_HANDLER_TIMEOUT(timeoutMs, url));
            }
        }, timeoutMs);
        timer.unref();
        request.handlerTimeoutTimer = timer;
        done();
    });
    fastify.addHook('onResponse', (request, _reply, done) => {
        if (request.handlerTimeoutTimer) {
            clearTimeout(request.handlerTimeoutTimer);
        }
        done();
    });
}
//# sourceMappingURL=handler-timeout.js.map