"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BearerError = exports.BEARER_REALM = void 0;
const common_1 = require("@nestjs/common");
exports.BEARER_REALM = 'gaming-api';
function challenge(fields) {
    const params = Object.entries({ realm: exports.BEARER_REALM, ...fields })
        .map(([name, value]) => `${name}="${value.replace(/["\\]/g, '')}"`)
        .join(', ');
    return `Bearer ${params}`;
}
/**
 * A failed bearer-token check, sent per RFC 6750 §3 with a `WWW-Authenticate` challenge. A
 * request without credentials gets a challenge with no error code, as §3.1 requires.
 */
class BearerError extends common_1.HttpException {
    code;
    description;
    challenge;
    constructor(status, code, description, challenge) {
        super(description, status);
        this.code = code;
        this.description = description;
        this.challenge = challenge;
    }
    static missing() {
        return new BearerError(401, undefined, 'An access token is required', challenge({}));
    }
    static invalidRequest(description) {
        return new BearerError(400, 'invalid_request', description, challenge({ error: 'invalid_request', error_description: description }));
    }
    static invalidToken(description) {
        return new BearerError(401, 'invalid_token', description, challenge({ error: 'invalid_token', error_description: description }));
    }
    static insufficientScope(scopes) {
        const scope = scopes.join(' ');
        const description = `The access token lacks the required scope: ${scope}`;
        return new BearerError(403, 'insufficient_scope', description, challenge({ error: 'insufficient_scope', error_description: description, scope }));
    }
}
exports.BearerError = BearerError;
//# sourceMappingURL=bearer.errors.js.map