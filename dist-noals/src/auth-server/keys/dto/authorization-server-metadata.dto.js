"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthorizationServerMetadataDto = void 0;
const openapi = require("@nestjs/swagger");
/** Authorization server metadata (RFC 8414 §2); the URLs start with the configured issuer. */
class AuthorizationServerMetadataDto {
    /** @example "https://auth.example.com" */
    issuer;
    /**
     * The login page of the authorization code flow.
     * @example "https://auth.example.com/oauth/authorize"
     */
    authorization_endpoint;
    /** @example "https://auth.example.com/oauth/token" */
    token_endpoint;
    /** @example "https://auth.example.com/.well-known/jwks.json" */
    jwks_uri;
    /**
     * @example ["password", "refresh_token", "client_credentials", "activation_code", "authorization_code"]
     */
    grant_types_supported;
    /** @example ["code"] */
    response_types_supported;
    /** @example ["query"] */
    response_modes_supported;
    /**
     * PKCE methods (RFC 7636); `plain` is not accepted.
     * @example ["S256"]
     */
    code_challenge_methods_supported;
    /**
     * Whether the authorization response carries `iss` (RFC 9207).
     * @example true
     */
    authorization_response_iss_parameter_supported;
    /** @example ["client_secret_basic", "client_secret_post", "none"] */
    token_endpoint_auth_methods_supported;
    /** @example "https://auth.example.com/oauth/revoke" */
    revocation_endpoint;
    /** @example ["client_secret_basic", "client_secret_post", "none"] */
    revocation_endpoint_auth_methods_supported;
    /** @example "https://auth.example.com/oauth/introspect" */
    introspection_endpoint;
    /** @example ["client_secret_basic", "client_secret_post"] */
    introspection_endpoint_auth_methods_supported;
    /** @example ["profile:read", "wallet:read"] */
    scopes_supported;
    /** @example "https://auth.example.com/docs" */
    service_documentation;
    static _OPENAPI_METADATA_FACTORY() {
        return { issuer: { required: true, type: () => String, example: "https://auth.example.com" }, authorization_endpoint: { required: true, type: () => String, description: "The login page of the authorization code flow.", example: "https://auth.example.com/oauth/authorize" }, token_endpoint: { required: true, type: () => String, example: "https://auth.example.com/oauth/token" }, jwks_uri: { required: true, type: () => String, example: "https://auth.example.com/.well-known/jwks.json" }, grant_types_supported: { required: true, type: () => [String], example: ["password", "refresh_token", "client_credentials", "activation_code", "authorization_code"] }, response_types_supported: { required: true, type: () => [String], example: ["code"] }, response_modes_supported: { required: true, type: () => [String], example: ["query"] }, code_challenge_methods_supported: { required: true, type: () => [String], description: "PKCE methods (RFC 7636); `plain` is not accepted.", example: ["S256"] }, authorization_response_iss_parameter_supported: { required: true, type: () => Boolean, description: "Whether the authorization response carries `iss` (RFC 9207).", example: true }, token_endpoint_auth_methods_supported: { required: true, type: () => [String], example: ["client_secret_basic", "client_secret_post", "none"] }, revocation_endpoint: { required: true, type: () => String, example: "https://auth.example.com/oauth/revoke" }, revocation_endpoint_auth_methods_supported: { required: true, type: () => [String], example: ["client_secret_basic", "client_secret_post", "none"] }, introspection_endpoint: { required: true, type: () => String, example: "https://auth.example.com/oauth/introspect" }, introspection_endpoint_auth_methods_supported: { required: true, type: () => [String], example: ["client_secret_basic", "client_secret_post"] }, scopes_supported: { required: true, type: () => [String], example: ["profile:read", "wallet:read"] }, service_documentation: { required: true, type: () => String, example: "https://auth.example.com/docs" } };
    }
}
exports.AuthorizationServerMetadataDto = AuthorizationServerMetadataDto;
//# sourceMappingURL=authorization-server-metadata.dto.js.map