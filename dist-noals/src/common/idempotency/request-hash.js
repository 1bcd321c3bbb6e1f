"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requestHash = requestHash;
exports.canonicalJson = canonicalJson;
const node_crypto_1 = require("node:crypto");
/**
 * Returns the SHA-256 (hex) of the request in canonical JSON: object keys sorted at every depth,
 * so that the same body with its fields in another order hashes the same.
 */
function requestHash(fingerprint) {
    const canonical = canonicalJson({
        method: fingerprint.method.toUpperCase(),
        route: fingerprint.route,
        params: fingerprint.params ?? {},
        body: fingerprint.body ?? null,
    });
    return (0, node_crypto_1.createHash)('sha256').update(canonical, 'utf8').digest('hex');
}
/** Serialises a parsed JSON or form value with sorted object keys. */
function canonicalJson(value) {
    if (Array.isArray(value)) {
        return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
    }
    if (typeof value === 'object' && value !== null) {
        const record = value;
        const fields = Object.keys(record)
            .filter((name) => record[name] !== undefined)
            .sort()
            .map((name) => `${JSON.stringify(name)}:${canonicalJson(record[name])}`);
        return `{${fields.join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
//# sourceMappingURL=request-hash.js.map