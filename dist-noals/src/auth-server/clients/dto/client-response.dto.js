"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClientSecretResponseDto = exports.ClientWithSecretResponseDto = exports.ClientResponseDto = void 0;
const openapi = require("@nestjs/swagger");
class ClientResponseDto {
    /** @example "xcasino-partner" */
    client_id;
    /**
     * Code of the brand the client belongs to.
     * @example "xcasino"
     */
    brand;
    /** @example "Partner back office" */
    name;
    /** @example "confidential" */
    type;
    /** @example ["client_credentials"] */
    grant_types;
    /** @example ["users:read", "wallets:read"] */
    scopes;
    /** @example ["users:read"] */
    default_scopes;
    /** @example ["email"] */
    username_types;
    /** @example 1800 */
    access_token_ttl;
    /** @example 2592000 */
    refresh_token_ttl;
    /** @example 0 */
    refresh_token_reuse_grace;
    /** @example [] */
    redirect_uris;
    /** @example false */
    captcha_required;
    /** @example false */
    first_party;
    /** @example ["https://partner.example.com"] */
    allowed_origins;
    /** @example "2026-01-15T09:30:00.000Z" */
    created_at;
    /** @example "2026-01-15T09:30:00.000Z" */
    updated_at;
    static from(client) {
        return {
            client_id: client.clientId,
            brand: client.brand.code,
            name: client.name,
            type: client.type,
            grant_types: client.grantTypes,
            scopes: client.scopes,
            default_scopes: client.defaultScopes,
            username_types: client.usernameTypes,
            access_token_ttl: client.accessTokenTtl,
            refresh_token_ttl: client.refreshTokenTtl,
            refresh_token_reuse_grace: client.refreshTokenReuseGrace,
            redirect_uris: client.redirectUris,
            captcha_required: client.captchaRequired,
            first_party: client.firstParty,
            allowed_origins: client.allowedOrigins,
            created_at: client.createdAt,
            updated_at: client.updatedAt,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { client_id: { required: true, type: () => String, example: "xcasino-partner" }, brand: { required: true, type: () => String, description: "Code of the brand the client belongs to.", example: "xcasino" }, name: { required: true, type: () => String, example: "Partner back office" }, type: { required: true, example: "confidential", enum: ["public", "confidential"] }, grant_types: { required: true, type: () => [String], example: ["client_credentials"] }, scopes: { required: true, type: () => [String], example: ["users:read", "wallets:read"] }, default_scopes: { required: true, type: () => [String], example: ["users:read"] }, username_types: { required: true, type: () => [Object], example: ["email"], enum: ["email", "nickname", "mobile_number"], isArray: true }, access_token_ttl: { required: true, type: () => Number, example: 1800 }, refresh_token_ttl: { required: true, type: () => Number, example: 2592000 }, refresh_token_reuse_grace: { required: true, type: () => Number, example: 0 }, redirect_uris: { required: true, type: () => [String], example: [] }, captcha_required: { required: true, type: () => Boolean, example: false }, first_party: { required: true, type: () => Boolean, example: false }, allowed_origins: { required: true, type: () => [String], example: ["https://partner.example.com"] }, created_at: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" }, updated_at: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" } };
    }
}
exports.ClientResponseDto = ClientResponseDto;
/** A client as registered, with its secret: the only time the secret is shown. */
class ClientWithSecretResponseDto extends ClientResponseDto {
    /**
     * Present for confidential clients; store it now, it cannot be read again.
     * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
     */
    client_secret;
    static _OPENAPI_METADATA_FACTORY() {
        return { client_secret: { required: false, type: () => String, description: "Present for confidential clients; store it now, it cannot be read again.", example: "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU" } };
    }
}
exports.ClientWithSecretResponseDto = ClientWithSecretResponseDto;
class ClientSecretResponseDto {
    /** @example "xcasino-partner" */
    client_id;
    /**
     * The new secret; the old one stops working at once.
     * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
     */
    client_secret;
    static _OPENAPI_METADATA_FACTORY() {
        return { client_id: { required: true, type: () => String, example: "xcasino-partner" }, client_secret: { required: true, type: () => String, description: "The new secret; the old one stops working at once.", example: "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU" } };
    }
}
exports.ClientSecretResponseDto = ClientSecretResponseDto;
//# sourceMappingURL=client-response.dto.js.map