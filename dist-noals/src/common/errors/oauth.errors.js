"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ServerError = exports.SlowDownError = exports.InvalidScopeError = exports.UnsupportedGrantTypeError = exports.UnauthorizedClientError = exports.InvalidGrantError = exports.InvalidClientError = exports.InvalidRequestError = exports.OAuthError = void 0;
/**
 * Errors of the OAuth endpoints. Each is sent as `{error, error_description}` with the status
 * that RFC 6749 §5.2, RFC 7009 and RFC 7662 give it. The description is public, so it must not
 * contain a secret or a stack. Private detail belongs in the log.
 */
class OAuthError extends Error {
    error;
    description;
    status;
    headers;
    constructor(error, description, status = 400, headers = {}) {
        super(description);
        this.error = error;
        this.description = description;
        this.status = status;
        this.headers = headers;
    }
}
exports.OAuthError = OAuthError;
class InvalidRequestError extends OAuthError {
    constructor(description) {
        super('invalid_request', description);
    }
}
exports.InvalidRequestError = InvalidRequestError;
/**
 * Client authentication failed. RFC 6749 §5.2 requires 401 and a `WWW-Authenticate` challenge
 * when the client tried the Authorization header; otherwise the status is 400.
 */
class InvalidClientError extends OAuthError {
    constructor(description, usedAuthorizationHeader) {
        super('invalid_client', description, usedAuthorizationHeader ? 401 : 400, usedAuthorizationHeader ? { 'WWW-Authenticate': 'Basic realm="oauth", charset="UTF-8"' } : {});
    }
}
exports.InvalidClientError = InvalidClientError;
class InvalidGrantError extends OAuthError {
    constructor(description) {
        super('invalid_grant', description);
    }
}
exports.InvalidGrantError = InvalidGrantError;
class UnauthorizedClientError extends OAuthError {
    constructor(description) {
        super('unauthorized_client', description);
    }
}
exports.UnauthorizedClientError = UnauthorizedClientError;
class UnsupportedGrantTypeError extends OAuthError {
    constructor(description) {
        super('unsupported_grant_type', description);
    }
}
exports.UnsupportedGrantTypeError = UnsupportedGrantTypeError;
class InvalidScopeError extends OAuthError {
    constructor(description) {
        super('invalid_scope', description);
    }
}
exports.InvalidScopeError = InvalidScopeError;
/**
 * Too many requests (429). RFC 6749 defines no code for it, so this uses `slow_down`, which
 * RFC 8628 §3.5 defines for a client that must wait longer between requests.
 */
class SlowDownError extends OAuthError {
    constructor(description) {
        super('slow_down', description, 429);
    }
}
exports.SlowDownError = SlowDownError;
class ServerError extends OAuthError {
    constructor() {
        super('server_error', 'The server could not complete the request', 500);
    }
}
exports.ServerError = ServerError;
//# sourceMappingURL=oauth.errors.js.map