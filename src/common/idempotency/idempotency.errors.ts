import { HttpException } from '@nestjs/common';

import { ApiException } from '../errors/api.exception';

/** The longest Idempotency-Key accepted. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export function invalidIdempotencyKey(): ApiException {
  return new ApiException(
    400,
    'invalid_idempotency_key',
    `The Idempotency-Key header must be 1-${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (0x21-0x7E)`,
  );
}

export function idempotencyKeyReused(): ApiException {
  return new ApiException(
    422,
    'idempotency_key_reused',
    'This Idempotency-Key was already used with a different request; send a new key for a new request',
  );
}

export function idempotencyKeyInUse(): ApiException {
  return new ApiException(
    409,
    'idempotency_key_in_use',
    'A request with this Idempotency-Key is still being processed; retry after it finishes',
  );
}

/**
 * Carries a stored response to the exception filter, which sends its status and body as they
 * are. Nest would otherwise set the route's own status code on a returned value.
 */
export class ReplayedResponse extends HttpException {
  constructor(
    readonly replayStatus: number,
    readonly replayBody: unknown,
  ) {
    super('Replayed response', replayStatus);
  }
}
