import { BadRequestException } from '@nestjs/common';

/** Deepest nesting of objects and arrays a request body may have. */
export const MAX_NESTING_DEPTH = 32;

/**
 * Throws 400 when a value nests deeper than MAX_NESTING_DEPTH or holds a NUL character in a key
 * or string. PostgreSQL text cannot store NUL, and deep nesting would exhaust the stack of the
 * recursive validators that run later. The walk itself uses an explicit stack, not recursion.
 */
export function assertAcceptableShape(value: unknown, where: string): void {
  const pending: { item: unknown; depth: number }[] = [{ item: value, depth: 0 }];
  while (pending.length > 0) {
    const { item, depth } = pending.pop() as { item: unknown; depth: number };
    if (typeof item === 'string') {
      if (item.includes('\0')) {
        throw new BadRequestException(`The request ${where} contains a NUL character`);
      }
      continue;
    }
    if (typeof item !== 'object' || item === null) {
      continue;
    }
    if (depth >= MAX_NESTING_DEPTH) {
      throw new BadRequestException(
        `The request ${where} nests deeper than ${MAX_NESTING_DEPTH} levels`,
      );
    }
    for (const [key, child] of Object.entries(item)) {
      if (key.includes('\0')) {
        throw new BadRequestException(`The request ${where} contains a NUL character`);
      }
      pending.push({ item: child, depth: depth + 1 });
    }
  }
}
