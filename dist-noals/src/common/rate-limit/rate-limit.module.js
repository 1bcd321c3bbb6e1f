"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimitModule = void 0;
const common_1 = require("@nestjs/common");
const app_config_1 = require("../../config/app-config");
const counter_store_1 = require("./counter-store");
const memory_counter_store_1 = require("./memory-counter-store");
const rate_limit_guard_1 = require("./rate-limit.guard");
const redis_counter_store_1 = require("./redis-counter-store");
/**
 * Counters for rate limits and login lockouts: in Redis when REDIS_URL is set, so that every
 * instance shares them, and in this process's memory otherwise.
 */
let RateLimitModule = class RateLimitModule {
};
exports.RateLimitModule = RateLimitModule;
exports.RateLimitModule = RateLimitModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({
        providers: [
            {
                provide: counter_store_1.COUNTER_STORE,
                useFactory: (config) => config.REDIS_URL
                    ? new redis_counter_store_1.RedisCounterStore(config.REDIS_URL, config.REDIS_KEY_PREFIX)
                    : new memory_counter_store_1.MemoryCounterStore(),
                inject: [app_config_1.AppConfig],
            },
            rate_limit_guard_1.RateLimitGuard,
        ],
        exports: [counter_store_1.COUNTER_STORE, rate_limit_guard_1.RateLimitGuard],
    })
], RateLimitModule);
//# sourceMappingURL=rate-limit.module.js.map