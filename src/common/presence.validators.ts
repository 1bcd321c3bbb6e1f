import { ValidateIf } from 'class-validator';

/**
 * Skips the property's other validators only when it is absent. Unlike IsOptional, which skips
 * null too, it lets them reject null, so that a body cannot write null into a NOT NULL column.
 */
export function IsOptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * Validates the property even when it is absent. A subclass needs it to make an inherited optional
 * property required: class-validator (0.15) keeps the parent's IsOptional or ValidateIf unless the
 * subclass declares its own conditional decorator on that property.
 */
export function IsRequired(): PropertyDecorator {
  return ValidateIf(() => true);
}
