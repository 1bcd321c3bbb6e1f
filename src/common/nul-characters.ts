import { BadRequestException } from '@nestjs/common';

/**
 * Throws 400 when a string anywhere in the value holds a NUL character. PostgreSQL text columns
 * cannot store NUL, so letting one through would turn bad input into a database error.
 */
export function rejectNulCharacters(value: unknown, where: string): void {
  if (containsNul(value, 0)) {
    throw new BadRequestException(`The request ${where} contains a NUL character`);
  }
}

function containsNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') {
    return value.includes('\0');
  }
  if (typeof value !== 'object' || value === null || depth > 32) {
    return false;
  }
  return Object.entries(value).some(
    ([key, item]) => key.includes('\0') || containsNul(item, depth + 1),
  );
}
