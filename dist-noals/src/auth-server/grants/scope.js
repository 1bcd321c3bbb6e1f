"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseScope = parseScope;
exports.resolveScope = resolveScope;
exports.playerScopes = playerScopes;
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const scopes_1 = require("../../common/scopes");
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
/**
 * Splits a `scope` parameter (RFC 6749 §3.3) into its distinct scope tokens. A malformed scope is
 * invalid_scope, as RFC 6749 §5.2 defines that error.
 */
function parseScope(scope) {
    const tokens = scope.split(' ').filter((token) => token !== '');
    if (!tokens.every((token) => SCOPE_TOKEN.test(token))) {
        throw new oauth_errors_1.InvalidScopeError('scope must be space-separated scope tokens');
    }
    return [...new Set(tokens)];
}
/**
 * Returns the scope to grant: the requested scopes when all are within `allowed`, or `fallback`
 * when none was requested. Throws invalid_scope naming the scopes outside `allowed`.
 */
function resolveScope(requested, allowed, fallback) {
    if (requested === undefined || requested.trim() === '') {
        return fallback.join(' ');
    }
    const scopes = parseScope(requested);
    const outside = scopes.filter((scope) => !allowed.includes(scope));
    if (outside.length > 0) {
        throw new oauth_errors_1.InvalidScopeError(`Scope not allowed: ${outside.join(' ')}`);
    }
    return scopes.join(' ');
}
/** Drops the back-office scopes, which a player's token never carries. */
function playerScopes(scopes) {
    return scopes.filter((scope) => !(0, scopes_1.isBrandAdminScope)(scope));
}
//# sourceMappingURL=scope.js.map