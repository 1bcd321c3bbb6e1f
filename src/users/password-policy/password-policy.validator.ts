import {
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

import { PasswordPolicy } from './password-policy.service';

const policy = new PasswordPolicy();

/**
 * Applies PasswordPolicy to a DTO's `password`, taking the email and nickname from the same
 * body, so that its messages come back with the other field errors in one 400.
 */
@ValidatorConstraint({ name: 'passwordPolicy' })
export class MeetsPasswordPolicy implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return typeof value === 'string' && policy.check(value, contextOf(args)).length === 0;
  }

  defaultMessage(args: ValidationArguments): string {
    if (typeof args.value !== 'string') {
      return 'password must be a string';
    }
    return policy.check(args.value, contextOf(args)).join('; ');
  }
}

function contextOf(args: ValidationArguments): { email?: string; nickname?: string } {
  const body = args.object as { email?: unknown; nickname?: unknown };
  return {
    email: typeof body.email === 'string' ? body.email : undefined,
    nickname: typeof body.nickname === 'string' ? body.nickname : undefined,
  };
}
