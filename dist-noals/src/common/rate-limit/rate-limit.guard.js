"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimitGuard = exports.RATE_LIMIT_POLICY = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const app_config_1 = require("../../config/app-config");
const oauth_errors_1 = require("../errors/oauth.errors");
const counter_store_1 = require("./counter-store");
exports.RATE_LIMIT_POLICY = Symbol('RATE_LIMIT_POLICY');
/**
 * Counts requests per route bucket and client IP in fixed windows; see the RateLimit decorator.
 * The IP is Fastify's request.ip: behind a reverse proxy it is the proxy's address for every
 * client unless TRUST_PROXY names that proxy.
 */
let RateLimitGuard = class RateLimitGuard {
    reflector;
    counters;
    config;
    constructor(reflector, counters, config) {
        this.reflector = reflector;
        this.counters = counters;
        this.config = config;
    }
    async canActivate(context) {
        const policy = this.reflector.getAllAndOverride(exports.RATE_LIMIT_POLICY, [context.getHandler(), context.getClass()]);
        if (!policy) {
            return true;
        }
        const http = context.switchToHttp();
        const request = http.getRequest();
        const reply = http.getResponse();
        const limit = policy.maxRequests ?? this.config.RATE_LIMIT_MAX_REQUESTS;
        const windowSeconds = policy.windowSeconds ?? this.config.RATE_LIMIT_WINDOW_SECONDS;
        const { count, resetAt } = await this.counters.increment(`rate:${policy.bucket}:${request.ip}`, windowSeconds * 1000);
        const resetSeconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
        void reply
            .header('RateLimit-Limit', String(limit))
            .header('RateLimit-Remaining', String(Math.max(0, limit - count)))
            .header('RateLimit-Reset', String(resetSeconds));
        if (count <= limit) {
            return true;
        }
        void reply.header('Retry-After', String(resetSeconds));
        const description = `Too many requests from this IP address; retry in ${resetSeconds} seconds`;
        if (request.url.startsWith('/oauth')) {
            throw new oauth_errors_1.SlowDownError(description);
        }
        throw new common_1.HttpException(description, common_1.HttpStatus.TOO_MANY_REQUESTS);
    }
};
exports.RateLimitGuard = RateLimitGuard;
exports.RateLimitGuard = RateLimitGuard = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(counter_store_1.COUNTER_STORE)),
    __metadata("design:paramtypes", [core_1.Reflector, Object, app_config_1.AppConfig])
], RateLimitGuard);
//# sourceMappingURL=rate-limit.guard.js.map