"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IntrospectionRequestDto = void 0;
const openapi = require("@nestjs/swagger");
/**
 * The parameters of an introspection request (RFC 7662 §2.1), for the OpenAPI document only:
 * the endpoint reads them itself so that it can return RFC 6749 errors.
 */
class IntrospectionRequestDto {
    /**
     * The access token or refresh token to check.
     * @example "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IjNmMWMifQ.eyJzdWIiOiI3YjJmIn0.c2lnbmF0dXJl"
     */
    token;
    /**
     * `access_token` or `refresh_token`: which kind to look up first. Other values are ignored.
     * @example "access_token"
     */
    token_type_hint;
    /**
     * Required unless the client authenticates with HTTP Basic.
     * @example "xcasino-backoffice"
     */
    client_id;
    /**
     * For clients that do not use HTTP Basic.
     * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
     */
    client_secret;
    static _OPENAPI_METADATA_FACTORY() {
        return { token: { required: true, type: () => String, description: "The access token or refresh token to check.", example: "eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6IjNmMWMifQ.eyJzdWIiOiI3YjJmIn0.c2lnbmF0dXJl" }, token_type_hint: { required: false, type: () => String, description: "`access_token` or `refresh_token`: which kind to look up first. Other values are ignored.", example: "access_token" }, client_id: { required: false, type: () => String, description: "Required unless the client authenticates with HTTP Basic.", example: "xcasino-backoffice" }, client_secret: { required: false, type: () => String, description: "For clients that do not use HTTP Basic.", example: "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU" } };
    }
}
exports.IntrospectionRequestDto = IntrospectionRequestDto;
//# sourceMappingURL=introspection-request.dto.js.map