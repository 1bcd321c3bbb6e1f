"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntrospectionResponseDto = void 0;
const openapi = require("@nestjs/swagger");
/**
 * An introspection response (RFC 7662 §2.2). An inactive token gets `{"active": false}` alone;
 * the other members are present only for an active token.
 */
class IntrospectionResponseDto {
    /** @example true */
    active;
    /**
     * Space-separated scopes of the token.
     * @example "profile:read wallet:read"
     */
    scope;
    /**
     * The client the token was issued to.
     * @example "xcasino"
     */
    client_id;
    /**
     * The player's id for player tokens; the client_id for client_credentials tokens.
     * @example "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b"
     */
    sub;
    /**
     * The player's nickname, when the player has one. Never the email or mobile number.
     * @example "demo"
     */
    username;
    /**
     * `Bearer` for access tokens, `refresh_token` for refresh tokens.
     * @example "Bearer"
     */
    token_type;
    /**
     * Expiry, in seconds since the epoch.
     * @example 1768470300
     */
    exp;
    /**
     * Issue time, in seconds since the epoch.
     * @example 1768469400
     */
    iat;
    /** @example "https://auth.example.com" */
    iss;
    /**
     * The access token's `jti`, or the refresh token's own id.
     * @example "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"
     */
    jti;
    /**
     * The session of a player token.
     * @example "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90"
     */
    sid;
    /**
     * The code of the brand the token belongs to.
     * @example "xcasino"
     */
    brand;
    static _OPENAPI_METADATA_FACTORY() {
        return { active: { required: true, type: () => Boolean, example: true }, scope: { required: false, type: () => String, description: "Space-separated scopes of the token.", example: "profile:read wallet:read" }, client_id: { required: false, type: () => String, description: "The client the token was issued to.", example: "xcasino" }, sub: { required: false, type: () => String, description: "The player's id for player tokens; the client_id for client_credentials tokens.", example: "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" }, username: { required: false, type: () => String, description: "The player's nickname, when the player has one. Never the email or mobile number.", example: "demo" }, token_type: { required: false, description: "`Bearer` for access tokens, `refresh_token` for refresh tokens.", example: "Bearer", enum: ["Bearer", "refresh_token"] }, exp: { required: false, type: () => Number, description: "Expiry, in seconds since the epoch.", example: 1768470300 }, iat: { required: false, type: () => Number, description: "Issue time, in seconds since the epoch.", example: 1768469400 }, iss: { required: false, type: () => String, example: "https://auth.example.com" }, jti: { required: false, type: () => String, description: "The access token's `jti`, or the refresh token's own id.", example: "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b" }, sid: { required: false, type: () => String, description: "The session of a player token.", example: "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90" }, brand: { required: false, type: () => String, description: "The code of the brand the token belongs to.", example: "xcasino" } };
    }
}
exports.IntrospectionResponseDto = IntrospectionResponseDto;
//# sourceMappingURL=introspection-response.dto.js.map