"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RotatedSigningKeyResponseDto = void 0;
const openapi = require("@nestjs/swagger");
class RotatedSigningKeyResponseDto {
    /**
     * The `kid` of the key that signs from now on.
     * @example "3b1f0c52-6f0e-4d0a-9d3b-2f4a1e9c7b10"
     */
    kid;
    /** @example "ES256" */
    alg;
    /** @example "2026-12-04T20:00:00.000Z" */
    created_at;
    /**
     * The `kid` of the key it replaced, which keeps verifying until its tokens expired.
     * @example "8a6d2e41-0b7c-4f39-a1e5-5c3d9f2b6a84"
     */
    previous_kid;
    /**
     * When the previous key leaves the JWK Set at the earliest.
     * @example "2026-12-05T20:00:30.000Z"
     */
    previous_key_retires_after;
    static from(key, previousKid, retentionSeconds) {
        return {
            kid: key.kid,
            alg: key.algorithm,
            created_at: key.createdAt,
            previous_kid: previousKid,
            previous_key_retires_after: previousKid
                ? new Date(key.createdAt.getTime() + retentionSeconds * 1000)
                : null,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { kid: { required: true, type: () => String, description: "The `kid` of the key that signs from now on.", example: "3b1f0c52-6f0e-4d0a-9d3b-2f4a1e9c7b10" }, alg: { required: true, type: () => String, example: "ES256" }, created_at: { required: true, type: () => Date, example: "2026-12-04T20:00:00.000Z" }, previous_kid: { required: true, type: () => String, nullable: true, description: "The `kid` of the key it replaced, which keeps verifying until its tokens expired.", example: "8a6d2e41-0b7c-4f39-a1e5-5c3d9f2b6a84" }, previous_key_retires_after: { required: true, type: () => Date, nullable: true, description: "When the previous key leaves the JWK Set at the earliest.", example: "2026-12-05T20:00:30.000Z" } };
    }
}
exports.RotatedSigningKeyResponseDto = RotatedSigningKeyResponseDto;
//# sourceMappingURL=signing-key-response.dto.js.map