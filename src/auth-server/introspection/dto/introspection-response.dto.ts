/**
 * An introspection response (RFC 7662 §2.2). An inactive token gets `{"active": false}` alone;
 * the other members are present only for an active token.
 */
export class IntrospectionResponseDto {
  /** @example true */
  active: boolean;
  /**
   * Space-separated scopes of the token.
   * @example "profile:read wallet:read"
   */
  scope?: string;
  /**
   * The client the token was issued to.
   * @example "xcasino"
   */
  client_id?: string;
  /**
   * The player's id for player tokens; the client_id for client_credentials tokens.
   * @example "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b"
   */
  sub?: string;
  /**
   * The player's nickname, when the player has one. Never the email or mobile number.
   * @example "demo"
   */
  username?: string;
  /**
   * `Bearer` for access tokens, `refresh_token` for refresh tokens.
   * @example "Bearer"
   */
  token_type?: 'Bearer' | 'refresh_token';
  /**
   * Expiry, in seconds since the epoch.
   * @example 1768470300
   */
  exp?: number;
  /**
   * Issue time, in seconds since the epoch.
   * @example 1768469400
   */
  iat?: number;
  /** @example "https://auth.example.com" */
  iss?: string;
  /**
   * The access token's `jti`, or the refresh token's own id.
   * @example "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
   */
  jti?: string;
  /**
   * The session of a player token.
   * @example "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90"
   */
  sid?: string;
  /**
   * The code of the brand the token belongs to.
   * @example "xcasino"
   */
  brand?: string;
}
