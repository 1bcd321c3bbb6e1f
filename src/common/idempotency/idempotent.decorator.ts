import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

import { MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency.errors';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Makes a route safe to retry: a request with an `Idempotency-Key` header runs the route once
 * per key and caller (brand, client and token subject), and a repeat of the same request gets
 * the stored status and body with `Idempotent-Replayed: true`. The same key with another request
 * is a 422 `idempotency_key_reused`, and a repeat while the first still runs is a 409
 * `idempotency_key_in_use`. Needs a route protected by `@Scopes()`.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        `1-${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters, unique per request, such as a UUID. ` +
        'A repeat of the same request with the same key returns the first response with ' +
        '`Idempotent-Replayed: true` instead of running again. Errors: 400 ' +
        '`invalid_idempotency_key` for a malformed key, 409 `idempotency_key_in_use` while the ' +
        'first request runs, 422 `idempotency_key_reused` for the same key with another request. ' +
        'Keys expire after IDEMPOTENCY_KEY_TTL seconds (24 hours by default).',
      schema: { type: 'string', minLength: 1, maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
    }),
  );
}
