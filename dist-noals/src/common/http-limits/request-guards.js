"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.serverLimits = serverLimits;
exports.installRequestGuards = installRequestGuards;
const request_shape_1 = require("../request-shape");
const client_errors_1 = require("./client-errors");
const handler_timeout_1 = require("./handler-timeout");
const duplicate_keys_1 = require("./duplicate-keys");
const method_not_allowed_1 = require("./method-not-allowed");
/**
 * Builds the Fastify server options for the size and time limits of AppConfig. A request not
 * received within REQUEST_TIMEOUT_MS gets 408, and headers over MAX_HEADER_BYTES get 431, both
 * from answerClientError. The handler timeout (HANDLER_TIMEOUT_MS) is a hook, see
 * installRequestGuards.
 */
function serverLimits(config) {
    return {
        bodyLimit: config.BODY_LIMIT_BYTES,
        requestTimeout: config.REQUEST_TIMEOUT_MS,
        http: {
            maxHeaderSize: config.MAX_HEADER_BYTES,
            // Node checks request timeouts at this interval. Its default of 30 s would let a slow client
            // hold a connection for up to 30 s past REQUEST_TIMEOUT_MS.
            connectionsCheckingInterval: Math.min(1000, config.REQUEST_TIMEOUT_MS),
        },
        clientErrorHandler: client_errors_1.answerClientError,
    };
}
/**
 * Installs the checks every request passes before its handler: 405 for a known path with an
 * unknown method, and 400 for a path, query or body that nests too deep, contains text PostgreSQL
 * cannot store, or (JSON bodies) repeats a key, and 503 for a handler still running after
 * HANDLER_TIMEOUT_MS. Call before Nest registers the routes.
 */
function installRequestGuards(instance, config) {
    (0, method_not_allowed_1.answerUnknownMethodsWith405)(instance);
    // NOTE: no e2e spec makes a handler run past the timeout. A unit spec checks the 503 on a bare
    // Fastify instance, and another checks how the exception filter maps its error.
    (0, handler_timeout_1.addHandlerTimeout)(instance, config.HANDLER_TIMEOUT_MS);
    instance.addHook('preHandler', (request, _reply, done) => {
        (0, request_shape_1.assertAcceptableShape)(request.params, 'path', config.JSON_MAX_DEPTH);
        (0, request_shape_1.assertAcceptableShape)(request.query, 'query', config.JSON_MAX_DEPTH);
        (0, request_shape_1.assertAcceptableShape)(request.body, 'body', config.JSON_MAX_DEPTH);
        const rawBody = request.rawBody;
        if (rawBody && request.headers['content-type']?.includes('json')) {
            (0, duplicate_keys_1.assertNoDuplicateKeys)(rawBody.toString());
        }
        done();
    });
}
//# sourceMappingURL=request-guards.js.map