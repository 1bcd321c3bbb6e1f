import { HttpException } from '@nestjs/common';

export const BEARER_REALM = 'gaming-api';

function challenge(fields: Record<string, string>): string {
  const params = Object.entries({ realm: BEARER_REALM, ...fields })
    .map(([name, value]) => `${name}="${value.replace(/["\\]/g, '')}"`)
    .join(', ');
  return `Bearer ${params}`;
}

/**
 * A failed bearer-token check, sent per RFC 6750 §3 with a `WWW-Authenticate` challenge. A
 * request without credentials gets a challenge with no error code, as §3.1 requires.
 */
export class BearerError extends HttpException {
  constructor(
    status: number,
    readonly code: string | undefined,
    readonly description: string,
    readonly challenge: string,
  ) {
    super(description, status);
  }

  static missing(): BearerError {
    return new BearerError(401, undefined, 'An access token is required', challenge({}));
  }

  static invalidRequest(description: string): BearerError {
    return new BearerError(
      400,
      'invalid_request',
      description,
      challenge({ error: 'invalid_request', error_description: description }),
    );
  }

  static invalidToken(description: string): BearerError {
    return new BearerError(
      401,
      'invalid_token',
      description,
      challenge({ error: 'invalid_token', error_description: description }),
    );
  }

  static insufficientScope(scopes: readonly string[]): BearerError {
    const scope = scopes.join(' ');
    const description = `The access token lacks the required scope: ${scope}`;
    return new BearerError(
      403,
      'insufficient_scope',
      description,
      challenge({ error: 'insufficient_scope', error_description: description, scope }),
    );
  }
}
