import fc from 'fast-check';

/** Strings that break naive parsers, SQL builders, path joins or Unicode handling. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  'e\u0301',
  '\u202e',
  '\ufeff',
  '\u2028',
  '𝕏'.repeat(64),
  "' OR '1'='1",
  '1; DROP TABLE users; --',
  '../../../../etc/passwd',
  '..%2f..%2f',
  '%00',
  '%ED%A0%80',
  '%C0%AF',
  '%',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '9223372036854775808',
  '-9223372036854775809',
  '0x10',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'a'.repeat(256),
  'a'.repeat(70_000),
];

/** Any string: generated text of every Unicode kind, or a known hostile one. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer().map(String),
  fc.uuid(),
);

/** JSON values of any type, shallow or deeply nested. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53 + 1, 1e308) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: 120 }).map((depth) => nestedValue(depth)),
  },
);

/** `depth` levels of alternating arrays and objects around one number. */
export function nestedValue(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level++) {
    value = level % 2 === 0 ? [value] : { a: value };
  }
  return value;
}

/**
 * Percent-encodes a generated string for a URL path or query, except for known hostile strings
 * that are already valid in a request target: those go out raw to reach the router as they are.
 */
export function toUrlPart(value: string): string {
  return /^[\x21-\x7e]*$/.test(value) && !value.includes('#') && !value.includes('?')
    ? value
    : encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '\ufffd'));
}
