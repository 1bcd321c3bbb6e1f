"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SIGNING_ALGORITHM = void 0;
exports.generateSigningKey = generateSigningKey;
const node_crypto_1 = require("node:crypto");
const key_encryption_1 = require("./key-encryption");
const signing_key_entity_1 = require("./signing-key.entity");
exports.SIGNING_ALGORITHM = 'ES256';
/** Generates an active ES256 key whose private half is encrypted with `encryptionSecret`. */
function generateSigningKey(encryptionSecret) {
    const { privateKey, publicKey } = (0, node_crypto_1.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const key = new signing_key_entity_1.SigningKeyEntity();
    key.kid = (0, node_crypto_1.randomUUID)();
    key.algorithm = exports.SIGNING_ALGORITHM;
    key.publicJwk = {
        kty: String(jwk.kty),
        crv: String(jwk.crv),
        x: String(jwk.x),
        y: String(jwk.y),
    };
    key.privateKeyEncrypted = (0, key_encryption_1.encryptPrivateKey)(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), encryptionSecret);
    key.active = true;
    key.rotatedAt = null;
    key.retiredAt = null;
    return key;
}
//# sourceMappingURL=signing-key-factory.js.map