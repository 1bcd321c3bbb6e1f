/**
 * The parameters of a token request, for the OpenAPI document only: the endpoint reads them
 * itself so that it can return RFC 6749 errors.
 */
export class TokenRequestDto {
  /** `password`, `refresh_token`, `client_credentials`, `activation_code` or `authorization_code`. */
  grant_type: string;
  /** Required unless the client authenticates with HTTP Basic. */
  client_id?: string;
  /** For confidential clients that do not use HTTP Basic. */
  client_secret?: string;
  /** Password grant: email, nickname or mobile number, as the brand allows. */
  username?: string;
  /** Password grant. */
  password?: string;
  /** Refresh token grant. */
  refresh_token?: string;
  /**
   * Activation code grant: the code sent to the player at registration. Authorization code
   * grant: the code sent to the redirect URI.
   */
  code?: string;
  /** Authorization code grant: the redirect_uri of the authorization request. */
  redirect_uri?: string;
  /** Authorization code grant: the PKCE code verifier (RFC 7636). */
  code_verifier?: string;
  /** Space-separated scopes; the client's default scopes when absent. */
  scope?: string;
  /** Password grant, when the client requires a captcha. */
  captcha?: string;
}
