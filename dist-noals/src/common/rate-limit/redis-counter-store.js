"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RedisCounterStore = void 0;
const common_1 = require("@nestjs/common");
const ioredis_1 = __importDefault(require("ioredis"));
const memory_counter_store_1 = require("./memory-counter-store");
/** Adds one and, when the key has no expiry yet, starts its window, in one atomic step. */
const INCREMENT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;
const READ_SCRIPT = `
local count = redis.call('GET', KEYS[1])
if not count then return nil end
return {tonumber(count), redis.call('PTTL', KEYS[1])}`;
/** Minimum time between two warnings about an unreachable Redis. */
const WARNING_INTERVAL_MS = 30_000;
/**
 * Counters in Redis, shared by every instance that uses the same REDIS_URL and key prefix.
 *
 * While Redis is unreachable, each call falls back to counters in this process's memory and a
 * warning is logged at most every 30 s. Limits then hold per instance only, and no request fails
 * because Redis is down.
 */
class RedisCounterStore {
    logger = new common_1.Logger('RedisCounterStore');
    fallback = new memory_counter_store_1.MemoryCounterStore();
    redis;
    lastWarningAt = 0;
    constructor(url, keyPrefix) {
        this.redis = new ioredis_1.default(url, {
            keyPrefix,
            lazyConnect: true,
            enableOfflineQueue: false,
            maxRetriesPerRequest: 1,
            commandTimeout: 500,
            // A failed connection attempt keeps a timer of this length alive (ioredis 5.11), which
            // delays the exit of a process that shuts down while Redis is unreachable.
            connectTimeout: 500,
            retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
        });
        this.redis.defineCommand('incrementWindow', { numberOfKeys: 1, lua: INCREMENT_SCRIPT });
        this.redis.defineCommand('readWindow', { numberOfKeys: 1, lua: READ_SCRIPT });
        this.redis.on('error', (error) => this.warn(error));
    }
    async onModuleInit() {
        try {
            await this.redis.connect();
        }
        catch (error) {
            this.warn(error);
        }
    }
    async onModuleDestroy() {
        this.fallback.onModuleDestroy();
        if (this.redis.status === 'ready') {
            await this.redis.quit();
        }
        else {
            this.redis.disconnect();
        }
    }
    async increment(key, windowMs) {
        try {
            const [count, ttl] = await this.redis.incrementWindow(key, windowMs);
            return { count, resetAt: Date.now() + ttl };
        }
        catch (error) {
            this.warn(error);
            return this.fallback.increment(key, windowMs);
        }
    }
    async get(key) {
        try {
            const window = await this.redis.readWindow(key);
            return window ? { count: window[0], resetAt: Date.now() + Math.max(window[1], 0) } : null;
        }
        catch (error) {
            this.warn(error);
            return this.fallback.get(key);
        }
    }
    async delete(key) {
        await this.fallback.delete(key);
        try {
            await this.redis.del(key);
        }
        catch (error) {
            this.warn(error);
        }
    }
    warn(error) {
        const now = Date.now();
        if (now - this.lastWarningAt < WARNING_INTERVAL_MS) {
            return;
        }
        this.lastWarningAt = now;
        this.logger.warn({ error: error.message }, 'Redis is unreachable; counting in this process until it is reachable again');
    }
}
exports.RedisCounterStore = RedisCounterStore;
//# sourceMappingURL=redis-counter-store.js.map