import { Injectable } from '@nestjs/common';

import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** Values of the account that a password must not repeat. */
export interface PasswordContext {
  email?: string | null;
  nickname?: string | null;
}

/**
 * The rules every player password follows, at registration, back-office creation and password
 * changes: 8-128 characters, not a trivially common password, and not the account's email or
 * nickname. Length counts Unicode code points, so an emoji counts as one character.
 */
@Injectable()
export class PasswordPolicy {
  /** Returns one message per broken rule; empty when the password is acceptable. */
  check(password: string, context: PasswordContext = {}): string[] {
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) {
      return [`password must be at least ${PASSWORD_MIN_LENGTH} characters long`];
    }
    if (length > PASSWORD_MAX_LENGTH) {
      return [`password must be at most ${PASSWORD_MAX_LENGTH} characters long`];
    }

    const problems: string[] = [];
    const lowerCased = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lowerCased)) {
      problems.push('password is too common and easy to guess; choose a less predictable one');
    }
    if (sameText(lowerCased, context.email)) {
      problems.push('password must not be the same as the email');
    }
    if (sameText(lowerCased, context.nickname)) {
      problems.push('password must not be the same as the nickname');
    }
    return problems;
  }

  /** Throws a validation error on the `password` field unless the password is acceptable. */
  assertAcceptable(password: string, context: PasswordContext = {}): void {
    const problems = this.check(password, context);
    if (problems.length > 0) {
      throw new ValidationFailedException({ password: problems });
    }
  }
}

function sameText(lowerCasedPassword: string, value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === lowerCasedPassword;
}
