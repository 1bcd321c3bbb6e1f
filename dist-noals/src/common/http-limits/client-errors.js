"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerClientError = answerClientError;
const node_crypto_1 = require("node:crypto");
const node_http_1 = require("node:http");
const security_headers_1 = require("./security-headers");
/** Status, project error code and message for each error Node's HTTP parser reports. */
function describeClientError(code) {
    switch (code) {
        case 'ERR_HTTP_REQUEST_TIMEOUT':
            return [408, 'request_timeout', 'The request was not received in time; send it again'];
        case 'HPE_HEADER_OVERFLOW':
            return [
                431,
                'request_header_fields_too_large',
                'The request headers are larger than the server accepts',
            ];
        default:
            return [400, 'bad_request', 'The request is not valid HTTP/1.1'];
    }
}
/**
 * Sends the errors that Node's HTTP server raises before Fastify receives a request in the project's
 * error shape, then closes the connection. Such errors are a malformed request, headers over the
 * size limit, or a request not received within the timeout. Fastify's default handler sends a
 * body of its own shape.
 */
function answerClientError(error, socket) {
    if (error.code === 'ECONNRESET' || socket.destroyed) {
        return;
    }
    const [status, code, message] = describeClientError(error.code);
    const requestId = (0, node_crypto_1.randomUUID)();
    const body = JSON.stringify({ status, error: code, message, request_id: requestId });
    const headers = {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'X-Request-Id': requestId,
        Connection: 'close',
        ...security_headers_1.BASIC_SECURITY_HEADERS,
    };
    const head = Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
    if (socket.writable) {
        socket.write(`HTTP/1.1 ${status} ${node_http_1.STATUS_CODES[status]}\r\n${head}\r\n${body}`);
    }
    socket.destroy();
}
//# sourceMappingURL=client-errors.js.map