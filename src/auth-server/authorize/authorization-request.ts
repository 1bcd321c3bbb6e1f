import { ClientEntity } from '../clients/client.entity';
import { playerScopes, resolveScope } from '../grants/scope';
import { AuthorizationPageError, AuthorizationRedirectError } from './authorize.errors';
import { isRegisteredRedirectUri } from './redirect-uri';

/** PKCE code challenge of the S256 method: a base64url SHA-256, 43 characters (RFC 7636 §4.2). */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const MAX_STATE_LENGTH = 1024;

/** A checked authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636 §4.3). */
export interface AuthorizationRequest {
  client: ClientEntity;
  redirectUri: string;
  /** Space-separated scope to grant, already checked against the client's scopes. */
  scope: string;
  state?: string;
  /** The S256 code challenge, or undefined for a confidential client that sent none. */
  codeChallenge?: string;
}

/** Parameters of a query string or form body, where a repeated name gives an array. */
export type RawParams = Record<string, string | string[] | undefined>;

/**
 * Reads `client_id` and `redirect_uri` and checks them against the registered client. Throws
 * AuthorizationPageError when either is missing, repeated or wrong, since redirecting to an
 * unchecked URI would make the server an open redirector.
 */
export async function readRedirectTarget(
  raw: RawParams,
  findClient: (clientId: string) => Promise<ClientEntity | null>,
): Promise<{ client: ClientEntity; redirectUri: string }> {
  const clientId = single(raw, 'client_id');
  if (clientId === undefined) {
    throw new AuthorizationPageError('client_id is missing or repeated.');
  }
  const client = await findClient(clientId);
  if (!client) {
    throw new AuthorizationPageError('The client is unknown.');
  }

  const redirectUri = single(raw, 'redirect_uri');
  if (redirectUri === undefined) {
    throw new AuthorizationPageError('redirect_uri is missing or repeated.');
  }
  if (!isRegisteredRedirectUri(client.redirectUris, redirectUri)) {
    throw new AuthorizationPageError('redirect_uri is not registered for this client.');
  }
  return { client, redirectUri };
}

/**
 * Checks the rest of an authorization request whose client and redirect URI are trusted. Throws
 * AuthorizationRedirectError with the RFC 6749 error code otherwise.
 */
export function readAuthorizationRequest(
  raw: RawParams,
  target: { client: ClientEntity; redirectUri: string },
): AuthorizationRequest {
  const { client } = target;
  for (const [name, value] of Object.entries(raw)) {
    if (Array.isArray(value)) {
      throw new AuthorizationRedirectError('invalid_request', `${name} is repeated`);
    }
  }
  const params = raw as Record<string, string | undefined>;

  if (params.response_type === undefined || params.response_type === '') {
    throw new AuthorizationRedirectError('invalid_request', 'response_type is required');
  }
  if (params.response_type !== 'code') {
    throw new AuthorizationRedirectError('unsupported_response_type', 'response_type must be code');
  }
  if (!client.grantTypes.includes('authorization_code')) {
    throw new AuthorizationRedirectError(
      'unauthorized_client',
      'This client may not use the authorization_code grant',
    );
  }
  if (params.state !== undefined && params.state.length > MAX_STATE_LENGTH) {
    throw new AuthorizationRedirectError(
      'invalid_request',
      `state must be at most ${MAX_STATE_LENGTH} characters`,
    );
  }

  return {
    ...target,
    scope: readScope(params.scope, client),
    state: params.state,
    codeChallenge: readCodeChallenge(params, client),
  };
}

/** Returns the `state` parameter when it is present once, for error redirects. */
export function readState(raw: RawParams): string | undefined {
  return single(raw, 'state');
}

function readScope(requested: string | undefined, client: ClientEntity): string {
  try {
    return resolveScope(requested, playerScopes(client.scopes), playerScopes(client.defaultScopes));
  } catch (error) {
    throw new AuthorizationRedirectError('invalid_scope', (error as Error).message);
  }
}

function readCodeChallenge(
  params: Record<string, string | undefined>,
  client: ClientEntity,
): string | undefined {
  const challenge = params.code_challenge;
  const method = params.code_challenge_method;
  if (challenge === undefined || challenge === '') {
    if (method) {
      throw new AuthorizationRedirectError(
        'invalid_request',
        'code_challenge_method was sent without code_challenge',
      );
    }
    if (client.type === 'public') {
      throw new AuthorizationRedirectError(
        'invalid_request',
        'code_challenge is required: public clients must use PKCE with the S256 method',
      );
    }
    return undefined;
  }
  // A missing method means `plain` (RFC 7636 §4.3), which this server does not accept.
  if (method !== 'S256') {
    throw new AuthorizationRedirectError(
      'invalid_request',
      'code_challenge_method must be S256; plain is not supported',
    );
  }
  if (!S256_CHALLENGE.test(challenge)) {
    throw new AuthorizationRedirectError(
      'invalid_request',
      'code_challenge must be 43 base64url characters (the SHA-256 of the code verifier)',
    );
  }
  return challenge;
}

function single(raw: RawParams, name: string): string | undefined {
  const value = raw[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
