"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SigningKeyRotation = exports.ROTATED_KEY_RETENTION_SECONDS = void 0;
const token_constants_1 = require("../tokens/token.constants");
const signing_key_factory_1 = require("./signing-key-factory");
/**
 * Seconds a rotated key keeps verifying: no access token outlives MAX_ACCESS_TOKEN_TTL, and
 * verification accepts a token up to CLOCK_SKEW_LEEWAY seconds after its `exp`.
 */
exports.ROTATED_KEY_RETENTION_SECONDS = token_constants_1.MAX_ACCESS_TOKEN_TTL + token_constants_1.CLOCK_SKEW_LEEWAY;
/**
 * Creates, rotates and retires signing keys in PostgreSQL. The application and the command-line
 * tool share it; instances learn of every change through a NOTIFY.
 */
class SigningKeyRotation {
    repository;
    encryptionSecret;
    constructor(repository, encryptionSecret) {
        this.repository = repository;
        this.encryptionSecret = encryptionSecret;
    }
    /** Creates the first key unless an active one exists; returns true when it created one. */
    ensureActiveKey() {
        return this.repository.withCreationLock(async (manager) => {
            if (await this.repository.findActive(manager)) {
                return false;
            }
            await this.repository.replaceActive(manager, (0, signing_key_factory_1.generateSigningKey)(this.encryptionSecret));
            return true;
        });
    }
    /** Creates a key that signs from now on; the previous key keeps verifying until it retires. */
    rotate() {
        return this.repository.withCreationLock(async (manager) => {
            const key = (0, signing_key_factory_1.generateSigningKey)(this.encryptionSecret);
            const previousKid = await this.repository.replaceActive(manager, key);
            return { key, previousKid };
        });
    }
    /**
     * Rotates when the active key is older than `maxAgeSeconds`. Instances that call it together
     * rotate once, because the age is read again under the lock. Returns null when no rotation
     * was due.
     */
    rotateIfOlderThan(maxAgeSeconds) {
        return this.repository.withCreationLock(async (manager) => {
            const active = await this.repository.findActive(manager);
            if (active && Date.now() - active.createdAt.getTime() < maxAgeSeconds * 1000) {
                return null;
            }
            const key = (0, signing_key_factory_1.generateSigningKey)(this.encryptionSecret);
            const previousKid = await this.repository.replaceActive(manager, key);
            return { key, previousKid };
        });
    }
    /** Retires the rotated keys whose tokens all expired; returns their key ids. */
    retireExpired() {
        return this.repository.retireRotatedBefore(exports.ROTATED_KEY_RETENTION_SECONDS);
    }
}
exports.SigningKeyRotation = SigningKeyRotation;
//# sourceMappingURL=signing-key-rotation.js.map