"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthorizationRedirectError = exports.AuthorizationPageError = void 0;
/**
 * An authorization request whose error cannot be sent by redirecting, because the client or its
 * redirect URI is not trusted: the endpoint shows an error page instead (RFC 6749 §4.1.2.1).
 */
class AuthorizationPageError extends Error {
    description;
    constructor(description) {
        super(description);
        this.description = description;
    }
}
exports.AuthorizationPageError = AuthorizationPageError;
/**
 * An authorization request error sent back to the client's redirect URI as `error`,
 * `error_description` and `state` (RFC 6749 §4.1.2.1).
 */
class AuthorizationRedirectError extends Error {
    error;
    description;
    constructor(error, description) {
        super(description);
        this.error = error;
        this.description = description;
    }
}
exports.AuthorizationRedirectError = AuthorizationRedirectError;
//# sourceMappingURL=authorize.errors.js.map