"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RevocationRequestDto = void 0;
const openapi = require("@nestjs/swagger");
/**
 * The parameters of a revocation request (RFC 7009 §2.1), for the OpenAPI document only: the
 * endpoint reads them itself so that it can return RFC 6749 errors.
 */
class RevocationRequestDto {
    /**
     * The access token or refresh token to revoke.
     * @example "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA"
     */
    token;
    /**
     * `access_token` or `refresh_token`: which kind to look up first. Other values are ignored.
     * @example "refresh_token"
     */
    token_type_hint;
    /**
     * Required unless the client authenticates with HTTP Basic.
     * @example "xcasino"
     */
    client_id;
    /**
     * For confidential clients that do not use HTTP Basic.
     * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
     */
    client_secret;
    static _OPENAPI_METADATA_FACTORY() {
        return { token: { required: true, type: () => String, description: "The access token or refresh token to revoke.", example: "q8Tz1Lr3mVb6nYc0xWs2dFa5gHj7kPe9uIo4tRyEwQA" }, token_type_hint: { required: false, type: () => String, description: "`access_token` or `refresh_token`: which kind to look up first. Other values are ignored.", example: "refresh_token" }, client_id: { required: false, type: () => String, description: "Required unless the client authenticates with HTTP Basic.", example: "xcasino" }, client_secret: { required: false, type: () => String, description: "For confidential clients that do not use HTTP Basic.", example: "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU" } };
    }
}
exports.RevocationRequestDto = RevocationRequestDto;
//# sourceMappingURL=revocation-request.dto.js.map