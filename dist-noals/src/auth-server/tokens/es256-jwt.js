"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signEs256 = signEs256;
const node_crypto_1 = require("node:crypto");
/**
 * Signs a JWT with ES256 (RFC 7518 §3.4): ECDSA P-256 over SHA-256, with the signature as the
 * 64-byte R || S concatenation that JWS requires instead of DER.
 */
function signEs256(header, claims, privateKey) {
    const encodedHeader = Buffer.from(JSON.stringify(header)).toString('base64url');
    const encodedClaims = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signingInput = `${encodedHeader}.${encodedClaims}`;
    const signature = (0, node_crypto_1.createSign)('SHA256')
        .update(signingInput)
        .sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
    return `${signingInput}.${signature.toString('base64url')}`;
}
//# sourceMappingURL=es256-jwt.js.map