/** The player or client a verified access token acts for. */
export interface Principal {
  /** The player id for user tokens, the client_id for client_credentials tokens. */
  subject: string;
  clientId: string;
  /** Brand code. */
  brand: string;
  scopes: ReadonlySet<string>;
  /** Set on tokens of a player's session. */
  sessionId?: string;
  tokenId: string;
  expiresAt: number;
}

/** True when the token was issued to a player (password, refresh_token and later user grants). */
export function isUserPrincipal(principal: Principal): boolean {
  return principal.sessionId !== undefined;
}
