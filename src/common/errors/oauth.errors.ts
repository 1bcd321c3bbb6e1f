/**
 * Errors of the OAuth endpoints. Each is sent as `{error, error_description}` with the status
 * that RFC 6749 §5.2, RFC 7009 and RFC 7662 give it. The description is public, so it must not
 * contain a secret or a stack. Private detail belongs in the log.
 */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

export class InvalidRequestError extends OAuthError {
  constructor(description: string) {
    super('invalid_request', description);
  }
}

/**
 * Client authentication failed. RFC 6749 §5.2 requires 401 and a `WWW-Authenticate` challenge
 * when the client tried the Authorization header; otherwise the status is 400.
 */
export class InvalidClientError extends OAuthError {
  constructor(description: string, usedAuthorizationHeader: boolean) {
    super(
      'invalid_client',
      description,
      usedAuthorizationHeader ? 401 : 400,
      usedAuthorizationHeader ? { 'WWW-Authenticate': 'Basic realm="oauth", charset="UTF-8"' } : {},
    );
  }
}

export class InvalidGrantError extends OAuthError {
  constructor(description: string) {
    super('invalid_grant', description);
  }
}

export class UnauthorizedClientError extends OAuthError {
  constructor(description: string) {
    super('unauthorized_client', description);
  }
}

export class UnsupportedGrantTypeError extends OAuthError {
  constructor(description: string) {
    super('unsupported_grant_type', description);
  }
}

export class InvalidScopeError extends OAuthError {
  constructor(description: string) {
    super('invalid_scope', description);
  }
}

/**
 * Too many requests (429). RFC 6749 defines no code for it, so this uses `slow_down`, which
 * RFC 8628 §3.5 defines for a client that must wait longer between requests.
 */
export class SlowDownError extends OAuthError {
  constructor(description: string) {
    super('slow_down', description, 429);
  }
}

export class ServerError extends OAuthError {
  constructor() {
    super('server_error', 'The server could not complete the request', 500);
  }
}
