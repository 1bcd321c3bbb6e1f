import { BadRequestException, ValidationError } from '@nestjs/common';

/**
 * Constraints that check the kind of a value. When one of them fails, the others on the field
 * (lengths, patterns, ranges) fail only as a consequence, so only its message is reported.
 */
const TYPE_CONSTRAINTS = [
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isDate',
  'isUuid',
];

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
        fields[path] = messagesOf(error, path);
      }
      error.children?.forEach((child) => collect(child, path));
    };
    errors.forEach((error) => collect(error, ''));
    return new ValidationFailedException(fields);
  }
}

/**
 * Returns the messages worth showing for one field: "is required" for a missing value, the type
 * message when the value has the wrong type, and otherwise every rule it broke.
 */
function messagesOf(error: ValidationError, path: string): string[] {
  const constraints = error.constraints ?? {};
  if (constraints.whitelistValidation) {
    return [constraints.whitelistValidation];
  }
  if (error.value === undefined) {
    return [`${path} is required`];
  }
  if (error.value === null) {
    return [`${path} must not be null`];
  }
  const typeMessages = TYPE_CONSTRAINTS.filter((name) => constraints[name]).map(
    (name) => constraints[name],
  );
  return typeMessages.length > 0 ? typeMessages : Object.values(constraints);
}
