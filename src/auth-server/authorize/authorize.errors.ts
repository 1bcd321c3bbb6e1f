/**
 * An authorization request whose error cannot be sent by redirecting, because the client or its
 * redirect URI is not trusted: the endpoint shows an error page instead (RFC 6749 §4.1.2.1).
 */
export class AuthorizationPageError extends Error {
  constructor(readonly description: string) {
    super(description);
  }
}

/**
 * An authorization request error sent back to the client's redirect URI as `error`,
 * `error_description` and `state` (RFC 6749 §4.1.2.1).
 */
export class AuthorizationRedirectError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}
