export type TokenKind = 'access_token' | 'refresh_token';

/**
 * Returns the order in which to look a token up. `token_type_hint` only picks the first kind
 * tried: a wrong hint still finds the token, and an unknown hint is ignored (RFC 7009 §2.1,
 * RFC 7662 §2.1).
 */
export function lookupOrder(hint: string | undefined): TokenKind[] {
  return hint === 'refresh_token'
    ? ['refresh_token', 'access_token']
    : ['access_token', 'refresh_token'];
}
