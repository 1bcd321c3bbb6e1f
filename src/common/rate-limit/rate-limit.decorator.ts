import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

import { RATE_LIMIT_POLICY, RateLimitGuard, RateLimitPolicy } from './rate-limit.guard';

/**
 * Limits the requests one client IP may send to a route: past the limit the route responds 429
 * with `Retry-After`, and every response carries `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset`. Routes with the same `bucket` share one counter per IP. The limit and window
 * default to RATE_LIMIT_MAX_REQUESTS and RATE_LIMIT_WINDOW_SECONDS.
 */
export function RateLimit(
  bucket: string,
  overrides: Omit<RateLimitPolicy, 'bucket'> = {},
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_POLICY, { bucket, ...overrides }),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({
      description:
        'Too many requests from this IP; retry after the seconds in Retry-After. OAuth routes return {"error": "slow_down"}.',
    }),
  );
}
