/**
 * The parameters of a revocation request (RFC 7009 §2.1), for the OpenAPI document only: the
 * endpoint reads them itself so that it can return RFC 6749 errors.
 */
export class RevocationRequestDto {
  /** The access token or refresh token to revoke. */
  token: string;
  /** `access_token` or `refresh_token`: which kind to look up first. Other values are ignored. */
  token_type_hint?: string;
  /** Required unless the client authenticates with HTTP Basic. */
  client_id?: string;
  /** For confidential clients that do not use HTTP Basic. */
  client_secret?: string;
}
