/**
 * The parameters of an introspection request (RFC 7662 §2.1), for the OpenAPI document only:
 * the endpoint reads them itself so that it can return RFC 6749 errors.
 */
export class IntrospectionRequestDto {
  /**
   * The access token or refresh token to check.
   * @example "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IjNmMWMifQ.eyJzdWIiOiI3YjJmIn0.c2lnbmF0dXJl"
   */
  token: string;
  /**
   * `access_token` or `refresh_token`: which kind to look up first. Other values are ignored.
   * @example "access_token"
   */
  token_type_hint?: string;
  /**
   * Required unless the client authenticates with HTTP Basic.
   * @example "xcasino-backoffice"
   */
  client_id?: string;
  /**
   * For clients that do not use HTTP Basic.
   * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
   */
  client_secret?: string;
}
