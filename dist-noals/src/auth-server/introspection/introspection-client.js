"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntrospectionForbiddenError = void 0;
exports.authenticateIntrospector = authenticateIntrospector;
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const scopes_1 = require("../../common/scopes");
const client_credentials_1 = require("../clients/client-credentials");
/**
 * An authenticated client that may not introspect. 403, because its credentials are right and
 * other ones would not help, with the RFC 6749 code for a client not allowed to use a method.
 */
class IntrospectionForbiddenError extends oauth_errors_1.OAuthError {
    constructor() {
        super('unauthorized_client', `This client may not introspect tokens: it needs the ${scopes_1.Scope.TokensIntrospect} scope`, 403);
    }
}
exports.IntrospectionForbiddenError = IntrospectionForbiddenError;
/**
 * Authenticates the caller of the introspection endpoint, which RFC 7662 §2.1 requires to be
 * authorized so that it cannot be used to scan for tokens. Only a confidential client holding
 * `tokens:introspect` passes. Failed or missing client authentication is 401 invalid_client with
 * a Basic challenge whatever method was used, because RFC 7662 §2.3 requires 401 there. A public
 * client counts as unauthenticated, since it has no secret.
 */
async function authenticateIntrospector(authenticator, request, params) {
    let client;
    try {
        client = await authenticator.authenticate((0, client_credentials_1.readClientCredentials)(request, params));
    }
    catch (error) {
        if (error instanceof oauth_errors_1.InvalidClientError) {
            throw new oauth_errors_1.InvalidClientError(error.description, true);
        }
        throw error;
    }
    if (client.type !== 'confidential') {
        throw new oauth_errors_1.InvalidClientError('Token introspection requires a confidential client authenticated with its secret', true);
    }
    if (!client.scopes.includes(scopes_1.Scope.TokensIntrospect)) {
        throw new IntrospectionForbiddenError();
    }
    return client;
}
//# sourceMappingURL=introspection-client.js.map