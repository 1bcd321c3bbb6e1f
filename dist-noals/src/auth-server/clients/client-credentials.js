"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readClientCredentials = readClientCredentials;
const oauth_errors_1 = require("../../common/errors/oauth.errors");
/**
 * Reads the client credentials of a token, revocation or introspection request: HTTP Basic with
 * RFC 6749 Appendix B form-decoding, `client_secret` in the body, or a bare `client_id` for a
 * public client. Two methods at once are rejected (RFC 6749 §2.3).
 */
function readClientCredentials(request, params) {
    const header = request.headers.authorization;
    if (header === undefined) {
        if (params.client_id === undefined) {
            if (params.client_secret !== undefined) {
                throw new oauth_errors_1.InvalidRequestError('client_secret was sent without client_id');
            }
            throw new oauth_errors_1.InvalidClientError('Client authentication is required: send client_id', false);
        }
        return { clientId: params.client_id, secret: params.client_secret, viaHeader: false };
    }
    const basic = parseBasic(header);
    if (params.client_secret !== undefined) {
        throw new oauth_errors_1.InvalidRequestError('Use one client authentication method: HTTP Basic or client_secret in the body, not both');
    }
    if (params.client_id !== undefined && params.client_id !== basic.clientId) {
        throw new oauth_errors_1.InvalidRequestError('client_id in the body differs from the one in HTTP Basic');
    }
    return basic;
}
function parseBasic(header) {
    const match = /^basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header);
    if (!match) {
        throw new oauth_errors_1.InvalidClientError('The Authorization header must be HTTP Basic with base64 client credentials', true);
    }
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) {
        throw new oauth_errors_1.InvalidClientError('HTTP Basic credentials must be client_id:client_secret', true);
    }
    const clientId = formDecode(decoded.slice(0, colon));
    const secret = formDecode(decoded.slice(colon + 1));
    if (clientId === undefined || secret === undefined || clientId === '') {
        throw new oauth_errors_1.InvalidClientError('HTTP Basic credentials are not validly form-encoded', true);
    }
    return { clientId, secret, viaHeader: true };
}
/**
 * Decodes application/x-www-form-urlencoded text. Returns undefined on a bad escape or a NUL
 * character, which no client_id or secret contains (RFC 6749 Appendix A).
 */
function formDecode(value) {
    let decoded;
    try {
        decoded = decodeURIComponent(value.replace(/\+/g, ' '));
    }
    catch {
        return undefined;
    }
    return decoded.includes('\0') ? undefined : decoded;
}
//# sourceMappingURL=client-credentials.js.map