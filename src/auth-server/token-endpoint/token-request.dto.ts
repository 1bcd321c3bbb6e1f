/**
 * The parameters of a token request, for the OpenAPI document only: the endpoint reads them
 * itself so that it can return RFC 6749 errors.
 */
export class TokenRequestDto {
  /**
   * `password`, `refresh_token`, `client_credentials`, `activation_code` or `authorization_code`.
   * @example "password"
   */
  grant_type: string;
  /**
   * Required unless the client authenticates with HTTP Basic.
   * @example "xcasino"
   */
  client_id?: string;
  /**
   * For confidential clients that do not use HTTP Basic.
   * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
   */
  client_secret?: string;
  /**
   * Password grant: email, nickname or mobile number, as the brand allows.
   * @example "demo@xcasino.test"
   */
  username?: string;
  /**
   * Password grant.
   * @example "demo-player-pass"
   */
  password?: string;
  /**
   * Refresh token grant.
   * @example "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA"
   */
  refresh_token?: string;
  /**
   * Activation code grant: the code sent to the player at registration. Authorization code
   * grant: the code sent to the redirect URI.
   * @example "Fh2kL9pQ0wXz4cVb7nMa1sDe8rTy3uIo6gJk5lZxCvB"
   */
  code?: string;
  /**
   * Authorization code grant: the redirect_uri of the authorization request.
   * @example "http://127.0.0.1:3000/docs/oauth2-redirect.html"
   */
  redirect_uri?: string;
  /**
   * Authorization code grant: the PKCE code verifier (RFC 7636).
   * @example "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
   */
  code_verifier?: string;
  /**
   * Space-separated scopes; the client's default scopes when absent.
   * @example "profile:read wallet:read"
   */
  scope?: string;
  /**
   * Password grant, when the client requires a captcha.
   * @example "03AGdBq24PBCbwiDRaS_MJ7Z"
   */
  captcha?: string;
}
