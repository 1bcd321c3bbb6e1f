import { BadRequestException, ValidationError } from '@nestjs/common';

/** A request body or query that failed validation, with the messages of each field. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly fields: Record<string, string[]>) {
    super(`Invalid fields: ${Object.keys(fields).join(', ')}`);
  }

  static fromErrors(errors: ValidationError[]): ValidationFailedException {
    const fields: Record<string, string[]> = {};
    const collect = (error: ValidationError, prefix: string): void => {
      const path = prefix ? `${prefix}.${error.property}` : error.property;
      if (error.constraints) {
        fields[path] = Object.values(error.constraints);
      }
      error.children?.forEach((child) => collect(child, path));
    };
    errors.forEach((error) => collect(error, ''));
    return new ValidationFailedException(fields);
  }
}
