import { InvalidScopeError } from '../../common/errors/oauth.errors';
import { isBrandAdminScope } from '../../common/scopes';

const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/**
 * Splits a `scope` parameter (RFC 6749 §3.3) into its distinct scope tokens. A malformed scope is
 * invalid_scope, as RFC 6749 §5.2 defines that error.
 */
export function parseScope(scope: string): string[] {
  const tokens = scope.split(' ').filter((token) => token !== '');
  if (!tokens.every((token) => SCOPE_TOKEN.test(token))) {
    throw new InvalidScopeError('scope must be space-separated scope tokens');
  }
  return [...new Set(tokens)];
}

/**
 * Returns the scope to grant: the requested scopes when all are within `allowed`, or `fallback`
 * when none was requested. Throws invalid_scope naming the scopes outside `allowed`.
 */
export function resolveScope(
  requested: string | undefined,
  allowed: readonly string[],
  fallback: readonly string[],
): string {
  if (requested === undefined || requested.trim() === '') {
    return fallback.join(' ');
  }

  const scopes = parseScope(requested);
  const outside = scopes.filter((scope) => !allowed.includes(scope));
  if (outside.length > 0) {
    throw new InvalidScopeError(`Scope not allowed: ${outside.join(' ')}`);
  }
  return scopes.join(' ');
}

/** Drops the back-office scopes, which a player's token never carries. */
export function playerScopes(scopes: readonly string[]): string[] {
  return scopes.filter((scope) => !isBrandAdminScope(scope));
}
