/**
 * The parameters of an introspection request (RFC 7662 §2.1), for the OpenAPI document only:
 * the endpoint reads them itself so that it can return RFC 6749 errors.
 */
export class IntrospectionRequestDto {
  /** The access token or refresh token to check. */
  token: string;
  /** `access_token` or `refresh_token`: which kind to look up first. Other values are ignored. */
  token_type_hint?: string;
  /** Required unless the client authenticates with HTTP Basic. */
  client_id?: string;
  /** For clients that do not use HTTP Basic. */
  client_secret?: string;
}
