import { IdentityDto } from '../../../users/dto/identity.dto';

/** A successful token response (RFC 6749 §5.1) plus the player's `identity` for user grants. */
export class TokenResponseDto {
  access_token: string;
  /** Always `Bearer`. */
  token_type: 'Bearer';
  /** Seconds until the access token expires. */
  expires_in: number;
  /** Space-separated scopes of the access token. */
  scope: string;
  /** Single use; present for player grants. */
  refresh_token?: string;
  /** The player's profile; present for player grants. */
  identity?: IdentityDto;
}
