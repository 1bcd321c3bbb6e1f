"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.JwkSetDto = exports.PublicJwkDto = void 0;
const openapi = require("@nestjs/swagger");
/** One public ES256 signing key (RFC 7517, RFC 7518 §6.2). */
class PublicJwkDto {
    /** @example "EC" */
    kty;
    /** @example "P-256" */
    crv;
    /**
     * Base64url x coordinate of the public point.
     * @example "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"
     */
    x;
    /**
     * Base64url y coordinate of the public point.
     * @example "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
     */
    y;
    /**
     * Key id; access tokens name it in their `kid` header.
     * @example "3f1c2a9e-7a4b-4a8e-9d57-5b1e0c6f2a10"
     */
    kid;
    /** @example "ES256" */
    alg;
    /** @example "sig" */
    use;
    static _OPENAPI_METADATA_FACTORY() {
        return { kty: { required: true, type: () => String, example: "EC" }, crv: { required: true, type: () => String, example: "P-256" }, x: { required: true, type: () => String, description: "Base64url x coordinate of the public point.", example: "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU" }, y: { required: true, type: () => String, description: "Base64url y coordinate of the public point.", example: "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0" }, kid: { required: true, type: () => String, description: "Key id; access tokens name it in their `kid` header.", example: "3f1c2a9e-7a4b-4a8e-9d57-5b1e0c6f2a10" }, alg: { required: true, type: () => String, example: "ES256" }, use: { required: true, type: () => String, example: "sig" } };
    }
}
exports.PublicJwkDto = PublicJwkDto;
/** The JWK Set that verifies access tokens (RFC 7517 §5). */
class JwkSetDto {
    keys;
    static _OPENAPI_METADATA_FACTORY() {
        return { keys: { required: true, type: () => [require("./jwk-set.dto").PublicJwkDto] } };
    }
}
exports.JwkSetDto = JwkSetDto;
//# sourceMappingURL=jwk-set.dto.js.map