/** Authorization server metadata (RFC 8414 §2); the URLs start with the configured issuer. */
export class AuthorizationServerMetadataDto {
  /** @example "https://auth.example.com" */
  issuer: string;

  /**
   * The login page of the authorization code flow.
   * @example "https://auth.example.com/oauth/authorize"
   */
  authorization_endpoint: string;

  /** @example "https://auth.example.com/oauth/token" */
  token_endpoint: string;

  /** @example "https://auth.example.com/.well-known/jwks.json" */
  jwks_uri: string;

  /**
   * @example ["password", "refresh_token", "client_credentials", "activation_code", "authorization_code"]
   */
  grant_types_supported: string[];

  /** @example ["code"] */
  response_types_supported: string[];

  /** @example ["query"] */
  response_modes_supported: string[];

  /**
   * PKCE methods (RFC 7636); `plain` is not accepted.
   * @example ["S256"]
   */
  code_challenge_methods_supported: string[];

  /**
   * Whether the authorization response carries `iss` (RFC 9207).
   * @example true
   */
  authorization_response_iss_parameter_supported: boolean;

  /** @example ["client_secret_basic", "client_secret_post", "none"] */
  token_endpoint_auth_methods_supported: string[];

  /** @example "https://auth.example.com/oauth/revoke" */
  revocation_endpoint: string;

  /** @example ["client_secret_basic", "client_secret_post", "none"] */
  revocation_endpoint_auth_methods_supported: string[];

  /** @example "https://auth.example.com/oauth/introspect" */
  introspection_endpoint: string;

  /** @example ["client_secret_basic", "client_secret_post"] */
  introspection_endpoint_auth_methods_supported: string[];

  /** @example ["profile:read", "wallet:read"] */
  scopes_supported: string[];

  /** @example "https://auth.example.com/docs" */
  service_documentation: string;
}
