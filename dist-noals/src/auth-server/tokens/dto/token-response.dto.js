"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenResponseDto = void 0;
const openapi = require("@nestjs/swagger");
/** A successful token response (RFC 6749 §5.1) plus the player's `identity` for user grants. */
class TokenResponseDto {
    /** @example "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IjNmMWMifQ.eyJzdWIiOiI3YjJmIn0.c2lnbmF0dXJl" */
    access_token;
    /**
     * Always `Bearer`.
     * @example "Bearer"
     */
    token_type;
    /**
     * Seconds until the access token expires.
     * @example 1800
     */
    expires_in;
    /**
     * Space-separated scopes of the access token.
     * @example "profile:read wallet:read"
     */
    scope;
    /**
     * Single use; present for player grants.
     * @example "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA"
     */
    refresh_token;
    /** The player's profile; present for player grants. */
    identity;
    static _OPENAPI_METADATA_FACTORY() {
        return { access_token: { required: true, type: () => String, example: "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IjNmMWMifQ.eyJzdWIiOiI3YjJmIn0.c2lnbmF0dXJl" }, token_type: { required: true, type: () => String, description: "Always `Bearer`.", example: "Bearer" }, expires_in: { required: true, type: () => Number, description: "Seconds until the access token expires.", example: 1800 }, scope: { required: true, type: () => String, description: "Space-separated scopes of the access token.", example: "profile:read wallet:read" }, refresh_token: { required: false, type: () => String, description: "Single use; present for player grants.", example: "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA" }, identity: { required: false, type: () => require("../../../users/dto/identity.dto").IdentityDto, description: "The player's profile; present for player grants." } };
    }
}
exports.TokenResponseDto = TokenResponseDto;
//# sourceMappingURL=token-response.dto.js.map