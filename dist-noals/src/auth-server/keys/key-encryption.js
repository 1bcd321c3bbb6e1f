"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encryptPrivateKey = encryptPrivateKey;
exports.decryptPrivateKey = decryptPrivateKey;
const node_crypto_1 = require("node:crypto");
const KEY_LENGTH = 32;
const IV_LENGTH = 12;
function deriveKey(secret, salt) {
    return (0, node_crypto_1.scryptSync)(secret, salt, KEY_LENGTH);
}
/**
 * Encrypts a private key with AES-256-GCM under a key derived from the secret by scrypt with a
 * fresh salt. Returns `salt.iv.tag.ciphertext`, each part base64url.
 */
function encryptPrivateKey(plaintext, secret) {
    const salt = (0, node_crypto_1.randomBytes)(16);
    const iv = (0, node_crypto_1.randomBytes)(IV_LENGTH);
    const cipher = (0, node_crypto_1.createCipheriv)('aes-256-gcm', deriveKey(secret, salt), iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [salt, iv, cipher.getAuthTag(), ciphertext]
        .map((part) => part.toString('base64url'))
        .join('.');
}
/** Reverses encryptPrivateKey; throws when the secret is wrong or the data was altered. */
function decryptPrivateKey(encrypted, secret) {
    const [salt, iv, tag, ciphertext] = encrypted
        .split('.')
        .map((part) => Buffer.from(part, 'base64url'));
    const decipher = (0, node_crypto_1.createDecipheriv)('aes-256-gcm', deriveKey(secret, salt), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
//# sourceMappingURL=key-encryption.js.map