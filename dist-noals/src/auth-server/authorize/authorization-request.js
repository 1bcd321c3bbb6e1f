"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readRedirectTarget = readRedirectTarget;
exports.readAuthorizationRequest = readAuthorizationRequest;
exports.readState = readState;
const scope_1 = require("../grants/scope");
const authorize_errors_1 = require("./authorize.errors");
const redirect_uri_1 = require("./redirect-uri");
/** PKCE code challenge of the S256 method: a base64url SHA-256, 43 characters (RFC 7636 §4.2). */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const MAX_STATE_LENGTH = 1024;
/**
 * Reads `client_id` and `redirect_uri` and checks them against the registered client. Throws
 * AuthorizationPageError when either is missing, repeated or wrong, since redirecting to an
 * unchecked URI would make the server an open redirector.
 */
async function readRedirectTarget(raw, findClient) {
    const clientId = single(raw, 'client_id');
    if (clientId === undefined) {
        throw new authorize_errors_1.AuthorizationPageError('client_id is missing or repeated.');
    }
    const client = await findClient(clientId);
    if (!client) {
        throw new authorize_errors_1.AuthorizationPageError('The client is unknown.');
    }
    const redirectUri = single(raw, 'redirect_uri');
    if (redirectUri === undefined) {
        throw new authorize_errors_1.AuthorizationPageError('redirect_uri is missing or repeated.');
    }
    if (!(0, redirect_uri_1.isRegisteredRedirectUri)(client.redirectUris, redirectUri)) {
        throw new authorize_errors_1.AuthorizationPageError('redirect_uri is not registered for this client.');
    }
    return { client, redirectUri };
}
/**
 * Checks the rest of an authorization request whose client and redirect URI are trusted. Throws
 * AuthorizationRedirectError with the RFC 6749 error code otherwise.
 */
function readAuthorizationRequest(raw, target) {
    const { client } = target;
    for (const [name, value] of Object.entries(raw)) {
        if (Array.isArray(value)) {
            throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', `${name} is repeated`);
        }
    }
    const params = raw;
    if (params.response_type === undefined || params.response_type === '') {
        throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', 'response_type is required');
    }
    if (params.response_type !== 'code') {
        throw new authorize_errors_1.AuthorizationRedirectError('unsupported_response_type', 'response_type must be code');
    }
    if (!client.grantTypes.includes('authorization_code')) {
        throw new authorize_errors_1.AuthorizationRedirectError('unauthorized_client', 'This client may not use the authorization_code grant');
    }
    if (params.state !== undefined && params.state.length > MAX_STATE_LENGTH) {
        throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', `state must be at most ${MAX_STATE_LENGTH} characters`);
    }
    return {
        ...target,
        scope: readScope(params.scope, client),
        state: params.state,
        codeChallenge: readCodeChallenge(params, client),
    };
}
/** Returns the `state` parameter when it is present once, for error redirects. */
function readState(raw) {
    return single(raw, 'state');
}
function readScope(requested, client) {
    try {
        return (0, scope_1.resolveScope)(requested, (0, scope_1.playerScopes)(client.scopes), (0, scope_1.playerScopes)(client.defaultScopes));
    }
    catch (error) {
        throw new authorize_errors_1.AuthorizationRedirectError('invalid_scope', error.message);
    }
}
function readCodeChallenge(params, client) {
    const challenge = params.code_challenge;
    const method = params.code_challenge_method;
    if (challenge === undefined || challenge === '') {
        if (method) {
            throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', 'code_challenge_method was sent without code_challenge');
        }
        if (client.type === 'public') {
            throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', 'code_challenge is required: public clients must use PKCE with the S256 method');
        }
        return undefined;
    }
    // A missing method means `plain` (RFC 7636 §4.3), which this server does not accept.
    if (method !== 'S256') {
        throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', 'code_challenge_method must be S256; plain is not supported');
    }
    if (!S256_CHALLENGE.test(challenge)) {
        throw new authorize_errors_1.AuthorizationRedirectError('invalid_request', 'code_challenge must be 43 base64url characters (the SHA-256 of the code verifier)');
    }
    return challenge;
}
function single(raw, name) {
    const value = raw[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
//# sourceMappingURL=authorization-request.js.map