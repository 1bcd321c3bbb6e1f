/**
 * An introspection response (RFC 7662 §2.2). An inactive token gets `{"active": false}` alone;
 * the other members are present only for an active token.
 */
export class IntrospectionResponseDto {
  active: boolean;
  /** Space-separated scopes of the token. */
  scope?: string;
  /** The client the token was issued to. */
  client_id?: string;
  /** The player's id for player tokens; the client_id for client_credentials tokens. */
  sub?: string;
  /** The player's nickname, when the player has one. Never the email or mobile number. */
  username?: string;
  /** `Bearer` for access tokens, `refresh_token` for refresh tokens. */
  token_type?: 'Bearer' | 'refresh_token';
  /** Expiry, in seconds since the epoch. */
  exp?: number;
  /** Issue time, in seconds since the epoch. */
  iat?: number;
  iss?: string;
  /** The access token's `jti`, or the refresh token's own id. */
  jti?: string;
  /** The session of a player token. */
  sid?: string;
  /** The code of the brand the token belongs to. */
  brand?: string;
}
