"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FailureCounter = void 0;
exports.retryHint = retryHint;
/**
 * Counts failures per key in fixed windows. Reaching `maxFailures` within one window locks the key
 * for `lockMs`, and the failure count starts again from zero when the lock starts.
 */
class FailureCounter {
    store;
    prefix;
    limit;
    onLockStarted;
    constructor(store, prefix, limit, onLockStarted = () => undefined) {
        this.store = store;
        this.prefix = prefix;
        this.limit = limit;
        this.onLockStarted = onLockStarted;
    }
    /** Returns the end of the key's lock, or null when the key is not locked. */
    async lockedUntil(key) {
        const lock = await this.store.get(this.lockKey(key));
        return lock ? new Date(lock.resetAt) : null;
    }
    async recordFailure(key) {
        const failures = await this.store.increment(this.failureKey(key), this.limit.windowMs);
        if (failures.count < this.limit.maxFailures) {
            return { lockedUntil: null, lockStarted: false };
        }
        // The lock counter's first increment opens the lock; concurrent failures only see it.
        const lock = await this.store.increment(this.lockKey(key), this.limit.lockMs);
        const lockStarted = lock.count === 1;
        if (lockStarted) {
            this.onLockStarted();
            await this.store.delete(this.failureKey(key));
        }
        return { lockedUntil: new Date(lock.resetAt), lockStarted };
    }
    async reset(key) {
        await this.store.delete(this.failureKey(key));
    }
    failureKey(key) {
        return `${this.prefix}:failures:${key}`;
    }
    lockKey(key) {
        return `${this.prefix}:lock:${key}`;
    }
}
exports.FailureCounter = FailureCounter;
/** Formats the retry time of a lock for an error description. */
function retryHint(lockedUntil) {
    const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000));
    const at = new Date(Math.ceil(lockedUntil.getTime() / 1000) * 1000).toISOString();
    return `retry after ${at.replace('.000Z', 'Z')} (in ${seconds} seconds)`;
}
//# sourceMappingURL=failure-counter.js.map