"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestIdFor = requestIdFor;
const node_crypto_1 = require("node:crypto");
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/**
 * Returns the request id: the caller's `X-Request-Id` when it is 1-64 safe characters, a new
 * UUID otherwise. It tags every log line of the request and is sent back in `X-Request-Id`.
 */
function requestIdFor(request) {
    const header = request.headers['x-request-id'];
    return typeof header === 'string' && REQUEST_ID.test(header) ? header : (0, node_crypto_1.randomUUID)();
}
//# sourceMappingURL=request-id.js.map