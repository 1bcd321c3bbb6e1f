"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readTokenParams = readTokenParams;
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
/**
 * Reads the parameters of a token request from a form body (RFC 6749) or a JSON body (XCaliber
 * clients). Each parameter must be one string: a repeated one is invalid_request (RFC 6749 §3.2).
 * The revocation and introspection endpoints read theirs the same way, naming themselves in
 * `requestName` for the error description.
 */
function readTokenParams(request, requestName = 'token request') {
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== FORM && mediaType !== JSON_TYPE) {
        throw new oauth_errors_1.InvalidRequestError(`Content-Type must be ${FORM} or ${JSON_TYPE}`);
    }
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new oauth_errors_1.InvalidRequestError(`The request body must hold the ${requestName} parameters`);
    }
    const params = Object.create(null);
    for (const [name, value] of Object.entries(body)) {
        if (Array.isArray(value) && mediaType === FORM) {
            throw new oauth_errors_1.InvalidRequestError(`${name} is repeated`);
        }
        if (typeof value !== 'string') {
            throw new oauth_errors_1.InvalidRequestError(`${name} must be a string`);
        }
        params[name] = value;
    }
    return params;
}
//# sourceMappingURL=token-params.js.map