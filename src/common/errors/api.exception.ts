import { HttpException } from '@nestjs/common';

/**
 * An error of the resource API with its own machine-readable code, such as
 * `insufficient_funds`, returned in the ApiErrorDto shape.
 */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
  ) {
    super(message, status);
  }
}
