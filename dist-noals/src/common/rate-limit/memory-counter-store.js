"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MemoryCounterStore = void 0;
const SWEEP_INTERVAL_MS = 60_000;
/** Counters of one process. Expired windows are dropped lazily and by a sweep every minute. */
class MemoryCounterStore {
    windows = new Map();
    sweeper = setInterval(() => this.sweep(), SWEEP_INTERVAL_MS).unref();
    increment(key, windowMs) {
        const now = Date.now();
        const open = this.open(key, now);
        const window = open
            ? { count: open.count + 1, resetAt: open.resetAt }
            : { count: 1, resetAt: now + windowMs };
        this.windows.set(key, window);
        return Promise.resolve({ ...window });
    }
    get(key) {
        const open = this.open(key, Date.now());
        return Promise.resolve(open ? { ...open } : null);
    }
    delete(key) {
        this.windows.delete(key);
        return Promise.resolve();
    }
    onModuleDestroy() {
        clearInterval(this.sweeper);
    }
    open(key, now) {
        const window = this.windows.get(key);
        if (window && window.resetAt <= now) {
            this.windows.delete(key);
            return undefined;
        }
        return window;
    }
    sweep() {
        const now = Date.now();
        for (const [key, window] of this.windows) {
            if (window.resetAt <= now) {
                this.windows.delete(key);
            }
        }
    }
}
exports.MemoryCounterStore = MemoryCounterStore;
//# sourceMappingURL=memory-counter-store.js.map