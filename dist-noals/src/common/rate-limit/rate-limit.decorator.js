"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimit = RateLimit;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../errors/api-error.dto");
const rate_limit_guard_1 = require("./rate-limit.guard");
/**
 * Limits the requests one client IP may send to a route: past the limit the route responds 429
 * with `Retry-After`, and every response carries `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset`. Routes with the same `bucket` share one counter per IP. The limit and window
 * default to RATE_LIMIT_MAX_REQUESTS and RATE_LIMIT_WINDOW_SECONDS. Buckets of the OAuth
 * endpoints are named `oauth_*`, which documents their 429 in the OAuth error shape.
 */
function RateLimit(bucket, overrides = {}) {
    return (0, common_1.applyDecorators)((0, common_1.SetMetadata)(rate_limit_guard_1.RATE_LIMIT_POLICY, { bucket, ...overrides }), (0, common_1.UseGuards)(rate_limit_guard_1.RateLimitGuard), bucket.startsWith('oauth_')
        ? (0, swagger_1.ApiTooManyRequestsResponse)({
            description: 'slow_down: too many requests from this IP; retry after the seconds in Retry-After',
            type: api_error_dto_1.OAuthErrorDto,
        })
        : (0, swagger_1.ApiTooManyRequestsResponse)({
            description: 'Too many requests from this IP; retry after the seconds in Retry-After',
            type: api_error_dto_1.ApiErrorDto,
        }));
}
//# sourceMappingURL=rate-limit.decorator.js.map