"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConsentResponseDto = void 0;
const openapi = require("@nestjs/swagger");
/** A third-party client the player allowed to access the account. */
class ConsentResponseDto {
    /** @example "partner-app" */
    client_id;
    /** @example "Partner casino app" */
    client_name;
    /**
     * Scopes the player allowed the client.
     * @example ["profile:read", "wallet:read"]
     */
    scopes;
    /**
     * Time of the latest consent.
     * @example "2026-01-15T09:30:00.000Z"
     */
    granted_at;
    static from(row) {
        return {
            client_id: row.client_id,
            client_name: row.client_name,
            scopes: row.scopes,
            granted_at: row.granted_at,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { client_id: { required: true, type: () => String, example: "partner-app" }, client_name: { required: true, type: () => String, example: "Partner casino app" }, scopes: { required: true, type: () => [String], description: "Scopes the player allowed the client.", example: ["profile:read", "wallet:read"] }, granted_at: { required: true, type: () => Date, description: "Time of the latest consent.", example: "2026-01-15T09:30:00.000Z" } };
    }
}
exports.ConsentResponseDto = ConsentResponseDto;
//# sourceMappingURL=consent-response.dto.js.map