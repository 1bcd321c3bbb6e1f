"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OAuthErrorDto = exports.ApiErrorDto = void 0;
const openapi = require("@nestjs/swagger");
/** The error body of every route outside the OAuth endpoints. */
class ApiErrorDto {
    /**
     * HTTP status code.
     * @example 400
     */
    status;
    /**
     * Machine-readable code, such as `validation_failed`, `not_found` or `invalid_token`.
     * @example "validation_failed"
     */
    error;
    /**
     * Description of the error, in words.
     * @example "Invalid fields: email"
     */
    message;
    /**
     * Id of the request, also sent in the `X-Request-Id` header; quote it when reporting a fault.
     * @example "2f1c0d1e-5b8a-4d8e-9a43-6f0b7c2d9e11"
     */
    request_id;
    /**
     * Messages per invalid field, present on `validation_failed` and on some `conflict` errors.
     * @example {"email": ["email must be a valid email address"]}
     */
    fields;
    static _OPENAPI_METADATA_FACTORY() {
        return { status: { required: true, type: () => Number, description: "HTTP status code.", example: 400 }, error: { required: true, type: () => String, description: "Machine-readable code, such as `validation_failed`, `not_found` or `invalid_token`.", example: "validation_failed" }, message: { required: true, type: () => String, description: "Description of the error, in words.", example: "Invalid fields: email" }, request_id: { required: true, type: () => String, description: "Id of the request, also sent in the `X-Request-Id` header; quote it when reporting a fault.", example: "2f1c0d1e-5b8a-4d8e-9a43-6f0b7c2d9e11" }, fields: { required: false, type: "object", additionalProperties: { type: "array", items: { type: "string" } }, description: "Messages per invalid field, present on `validation_failed` and on some `conflict` errors.", example: { "email": ["email must be a valid email address"] } } };
    }
}
exports.ApiErrorDto = ApiErrorDto;
/** The error body of the OAuth endpoints (RFC 6749 §5.2). */
class OAuthErrorDto {
    /**
     * RFC error code, such as `invalid_request`, `invalid_client` or `invalid_grant`.
     * @example "invalid_grant"
     */
    error;
    /** @example "The username or password is wrong" */
    error_description;
    static _OPENAPI_METADATA_FACTORY() {
        return { error: { required: true, type: () => String, description: "RFC error code, such as `invalid_request`, `invalid_client` or `invalid_grant`.", example: "invalid_grant" }, error_description: { required: true, type: () => String, example: "The username or password is wrong" } };
    }
}
exports.OAuthErrorDto = OAuthErrorDto;
//# sourceMappingURL=api-error.dto.js.map