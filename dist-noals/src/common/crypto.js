"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateOpaqueToken = generateOpaqueToken;
exports.sha256 = sha256;
exports.matchesSha256 = matchesSha256;
const node_crypto_1 = require("node:crypto");
/** Returns 256 random bits as base64url: the form of every token, code and secret issued here. */
function generateOpaqueToken() {
    return (0, node_crypto_1.randomBytes)(32).toString('base64url');
}
function sha256(value) {
    return (0, node_crypto_1.createHash)('sha256').update(value, 'utf8').digest();
}
/** Compares a presented secret with a stored SHA-256 in constant time. */
function matchesSha256(presented, storedHash) {
    const presentedHash = sha256(presented);
    return presentedHash.length === storedHash.length && (0, node_crypto_1.timingSafeEqual)(presentedHash, storedHash);
}
//# sourceMappingURL=crypto.js.map