import { IdentityDto } from '../../../users/dto/identity.dto';

/** A successful token response (RFC 6749 §5.1) plus the player's `identity` for user grants. */
export class TokenResponseDto {
  /** @example "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IjNmMWMifQ.eyJzdWIiOiI3YjJmIn0.c2lnbmF0dXJl" */
  access_token: string;
  /**
   * Always `Bearer`.
   * @example "Bearer"
   */
  token_type: 'Bearer';
  /**
   * Seconds until the access token expires.
   * @example 1800
   */
  expires_in: number;
  /**
   * Space-separated scopes of the access token.
   * @example "profile:read wallet:read"
   */
  scope: string;
  /**
   * Single use; present for player grants.
   * @example "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA"
   */
  refresh_token?: string;
  /** The player's profile; present for player grants. */
  identity?: IdentityDto;
}
