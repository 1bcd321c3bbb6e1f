import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Shapes that are secrets wherever they appear, whether or not a spec recorded them. */
const SECRET_PATTERNS: [string, RegExp][] = [
  ['a JWT', /eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{20,}/],
  ['a Bearer credential', /\bBearer\s+[\w.~+/-]{16,}/i],
  ['a Basic credential', /\bBasic\s+[A-Za-z0-9+/]{12,}={0,2}/],
];

/** A log line that contains a secret; the secret itself is not repeated. */
export interface SecretSighting {
  file: string;
  line: number;
  kind: string;
}

/**
 * Searches every `*.log` file of `directory` for the secrets that the specs recorded in its
 * `secrets-*.jsonl` files, for JWTs and credentials in any form, and for card numbers.
 */
export function findSecretsInLogs(directory: string): SecretSighting[] {
  if (!existsSync(directory)) {
    return [];
  }
  const files = readdirSync(directory);
  const secrets = new Set<string>();
  for (const file of files.filter((name) => name.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(directory, file), 'utf8').split('\n')) {
      if (line) {
        secrets.add(JSON.parse(line) as string);
      }
    }
  }

  const sightings: SecretSighting[] = [];
  for (const file of files.filter((name) => name.endsWith('.log'))) {
    const lines = readFileSync(join(directory, file), 'utf8').split('\n');
    lines.forEach((text, index) => {
      const kind = secretKindIn(text, secrets);
      if (kind) {
        sightings.push({ file, line: index + 1, kind });
      }
    });
  }
  return sightings;
}

function secretKindIn(text: string, secrets: Set<string>): string | undefined {
  for (const [kind, pattern] of SECRET_PATTERNS) {
    if (pattern.test(text)) {
      return kind;
    }
  }
  if (containsCardNumber(text)) {
    return 'a card number';
  }
  for (const secret of secrets) {
    if (text.includes(secret) || text.includes(JSON.stringify(secret).slice(1, -1))) {
      return 'a secret a spec sent or received';
    }
  }
  return undefined;
}

/** True for a run of 16 digits, on its own, that starts like a card number and passes Luhn. */
export function containsCardNumber(text: string): boolean {
  for (const match of text.matchAll(/(?<![\d.])[3-6]\d{15}(?![\d.])/g)) {
    if (passesLuhn(match[0])) {
      return true;
    }
  }
  return false;
}

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
