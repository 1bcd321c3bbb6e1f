import { Type, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';

import { ValidationFailedException } from './errors/validation-failed.exception';

/** Options of the global ValidationPipe: unknown fields are rejected, and errors list each field. */
export const VALIDATION_PIPE_OPTIONS: ValidationPipeOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => ValidationFailedException.fromErrors(errors),
};

const pipe = new ValidationPipe(VALIDATION_PIPE_OPTIONS);

/**
 * Validates a request body against a DTO class exactly as the global pipe does, for a route whose
 * body type depends on the caller. Throws ValidationFailedException.
 */
export async function validateBody<T extends object>(type: Type<T>, body: unknown): Promise<T> {
  return (await pipe.transform(body, { type: 'body', metatype: type })) as T;
}
