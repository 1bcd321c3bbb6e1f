import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { IsOptionalNotNull, IsRequired } from '../../../common/presence.validators';
import { ALL_SCOPES } from '../../../common/scopes';
import {
  MAX_ACCESS_TOKEN_TTL,
  MAX_REFRESH_TOKEN_REUSE_GRACE,
  MAX_REFRESH_TOKEN_TTL,
} from '../../tokens/token.constants';
import { ClientType, UsernameType } from '../client.entity';

export const CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** `scheme://host[:port]` with no path, query or trailing slash, as browsers send in `Origin`. */
const ORIGIN_PATTERN = /^https?:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/;
export const USERNAME_TYPES: UsernameType[] = ['email', 'nickname', 'mobile_number'];

/** Settings of a client that may change after it is registered. */
export class ClientSettingsDto {
  /** @example "Partner back office" */
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  /**
   * Grant types the client may use, such as `password`, `refresh_token`, `client_credentials`.
   * @example ["client_credentials"]
   */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  grant_types?: string[];

  /**
   * Scopes the client may be granted.
   * @example ["users:read", "wallets:read"]
   */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(ALL_SCOPES, { each: true })
  scopes?: string[];

  /**
   * Scopes granted when a token request names none; a subset of `scopes`.
   * @example ["users:read"]
   */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(ALL_SCOPES, { each: true })
  default_scopes?: string[];

  /**
   * Identifiers a player may use as username in the password grant.
   * @example ["email"]
   */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(USERNAME_TYPES, { each: true })
  username_types?: UsernameType[];

  /**
   * Access-token lifetime in seconds.
   * @example 1800
   */
  @IsOptionalNotNull()
  @IsInt()
  @Min(60)
  @Max(MAX_ACCESS_TOKEN_TTL)
  access_token_ttl?: number;

  /**
   * Refresh-token lifetime in seconds, renewed at every rotation.
   * @example 2592000
   */
  @IsOptionalNotNull()
  @IsInt()
  @Min(60)
  @Max(MAX_REFRESH_TOKEN_TTL)
  refresh_token_ttl?: number;

  /**
   * Seconds after a refresh token's use during which presenting it again, as parallel requests
   * from several browser tabs do, gets `invalid_grant` without revoking the session. After the
   * window, or with 0 (the default), a reused refresh token revokes its whole session.
   * @example 0
   */
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(MAX_REFRESH_TOKEN_REUSE_GRACE)
  refresh_token_reuse_grace?: number;

  /** @example ["https://partner.example.com/callback"] */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { each: true },
  )
  // RFC 6749 §3.1.2: a redirection endpoint URI must not include a fragment.
  @Matches(/^[^#]*$/, {
    each: true,
    message: 'redirect_uris must not contain a fragment (#)',
  })
  redirect_uris?: string[];

  /**
   * Whether the password grant requires a captcha response.
   * @example false
   */
  @IsOptionalNotNull()
  @IsBoolean()
  captcha_required?: boolean;

  /**
   * Whether the client is the brand's own app, which skips the consent page of the authorization
   * endpoint. Default `true`; set `false` for a partner's app.
   * @example true
   */
  @IsOptionalNotNull()
  @IsBoolean()
  first_party?: boolean;

  /**
   * Browser origins allowed to call the OAuth endpoints by CORS.
   * @example ["https://app.example.com"]
   */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @Matches(ORIGIN_PATTERN, {
    each: true,
    message:
      'each allowed_origins entry must be an origin: http or https, a host and an optional port, with no path',
  })
  allowed_origins?: string[];
}

export class CreateClientDto extends ClientSettingsDto {
  /**
   * Public identifier; the brand code for the brand's own app.
   * @example "xcasino-partner"
   */
  @Matches(CLIENT_ID_PATTERN, {
    message:
      'client_id must be 2-64 characters of lower-case letters, digits, dot, dash or underscore',
  })
  client_id: string;

  /** @example "Partner back office" */
  @IsRequired()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare name: string;

  /**
   * `confidential` clients get a secret; `public` clients (apps in a browser or phone) do not.
   * @example "confidential"
   */
  @IsIn(['public', 'confidential'])
  type: ClientType;

  /** @example ["client_credentials"] */
  @IsRequired()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  declare grant_types: string[];

  /** @example ["users:read", "wallets:read"] */
  @IsRequired()
  @IsArray()
  @ArrayUnique()
  @IsIn(ALL_SCOPES, { each: true })
  declare scopes: string[];
}
