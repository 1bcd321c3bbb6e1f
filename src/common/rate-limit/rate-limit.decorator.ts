import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';

import { ApiErrorDto, OAuthErrorDto } from '../errors/api-error.dto';
import { RATE_LIMIT_POLICY, RateLimitGuard, RateLimitPolicy } from './rate-limit.guard';

/**
 * Limits the requests one client IP may send to a route: past the limit the route responds 429
 * with `Retry-After`, and every response carries `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset`. Routes with the same `bucket` share one counter per IP. The limit and window
 * default to RATE_LIMIT_MAX_REQUESTS and RATE_LIMIT_WINDOW_SECONDS. Buckets of the OAuth
 * endpoints are named `oauth_*`, which documents their 429 in the OAuth error shape.
 */
export function RateLimit(
  bucket: string,
  overrides: Omit<RateLimitPolicy, 'bucket'> = {},
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(RATE_LIMIT_POLICY, { bucket, ...overrides }),
    UseGuards(RateLimitGuard),
    bucket.startsWith('oauth_')
      ? ApiTooManyRequestsResponse({
          description:
            'slow_down: too many requests from this IP; retry after the seconds in Retry-After',
          type: OAuthErrorDto,
        })
      : ApiTooManyRequestsResponse({
          description: 'Too many requests from this IP; retry after the seconds in Retry-After',
          type: ApiErrorDto,
        }),
  );
}
