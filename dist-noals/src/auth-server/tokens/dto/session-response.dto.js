"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionResponseDto = void 0;
const openapi = require("@nestjs/swagger");
/** An active session of the player: one login on one device or app. */
class SessionResponseDto {
    /**
     * The session id, also the `sid` claim of its access tokens.
     * @example "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90"
     */
    id;
    /**
     * Public id of the client the player logged in with.
     * @example "xcasino"
     */
    client_id;
    /** @example "XCasino (demo) app" */
    client_name;
    /** @example "2026-01-15T09:30:00.000Z" */
    created_at;
    /**
     * Time of the latest refresh-token rotation, or null before the first refresh.
     * @example "2026-01-15T09:45:00.000Z"
     */
    last_refreshed_at;
    /**
     * User-Agent header of the login or of the latest refresh.
     * @example "Mozilla/5.0 (X11; Linux x86_64)"
     */
    user_agent;
    /**
     * Client IP address of the login or of the latest refresh.
     * @example "203.0.113.7"
     */
    ip;
    /**
     * True for the session of the access token that made this request.
     * @example true
     */
    current;
    static from(row, currentSessionId) {
        return {
            id: row.id,
            client_id: row.client_id,
            client_name: row.client_name,
            created_at: row.created_at,
            last_refreshed_at: row.last_refreshed_at,
            user_agent: row.user_agent,
            ip: row.ip,
            current: row.id === currentSessionId,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, description: "The session id, also the `sid` claim of its access tokens.", example: "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90" }, client_id: { required: true, type: () => String, description: "Public id of the client the player logged in with.", example: "xcasino" }, client_name: { required: true, type: () => String, example: "XCasino (demo) app" }, created_at: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" }, last_refreshed_at: { required: true, type: () => Date, nullable: true, description: "Time of the latest refresh-token rotation, or null before the first refresh.", example: "2026-01-15T09:45:00.000Z" }, user_agent: { required: true, type: () => String, nullable: true, description: "User-Agent header of the login or of the latest refresh.", example: "Mozilla/5.0 (X11; Linux x86_64)" }, ip: { required: true, type: () => String, nullable: true, description: "Client IP address of the login or of the latest refresh.", example: "203.0.113.7" }, current: { required: true, type: () => Boolean, description: "True for the session of the access token that made this request.", example: true } };
    }
}
exports.SessionResponseDto = SessionResponseDto;
//# sourceMappingURL=session-response.dto.js.map