"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerFrameworkError = answerFrameworkError;
const security_headers_1 = require("../http-limits/security-headers");
const http_exception_filter_1 = require("./http-exception.filter");
/**
 * Sends the errors Fastify raises before routing, such as a malformed percent escape in the
 * URL or an over-long path parameter, in the same shapes as every other error.
 */
function answerFrameworkError(error, request, reply) {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
    // Fastify's messages repeat the URL, query string included, which may hold a token.
    const message = status === 414
        ? 'A path segment is longer than 200 characters'
        : 'The URL is malformed: check its percent escapes';
    // Fastify calls this before the onRequest hooks, so helmet has not set its headers yet.
    void reply.status(status).headers(security_headers_1.BASIC_SECURITY_HEADERS).header('X-Request-Id', request.id);
    if ((0, http_exception_filter_1.isOAuthEndpoint)(request.url)) {
        void reply
            .header('Cache-Control', 'no-store')
            .header('Pragma', 'no-cache')
            .send({ error: 'invalid_request', error_description: message });
        return;
    }
    void reply.send({
        status,
        error: status === 414 ? 'uri_too_long' : 'bad_request',
        message,
        request_id: request.id,
    });
}
//# sourceMappingURL=framework-errors.js.map