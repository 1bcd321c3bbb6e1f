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

  const index = new SecretIndex(secrets);
  const sightings: SecretSighting[] = [];
  for (const file of files.filter((name) => name.endsWith('.log'))) {
    const lines = readFileSync(join(directory, file), 'utf8').split('\n');
    lines.forEach((text, lineIndex) => {
      const kind = secretKindIn(text, index);
      if (kind) {
        sightings.push({ file, line: lineIndex + 1, kind });
      }
    });
  }
  return sightings;
}

function secretKindIn(text: string, index: SecretIndex): string | undefined {
  for (const [kind, pattern] of SECRET_PATTERNS) {
    if (pattern.test(text)) {
      return kind;
    }
  }
  if (containsCardNumber(text)) {
    return 'a card number';
  }
  if (index.isFoundIn(text)) {
    return 'a secret a spec sent or received';
  }
  return undefined;
}

/** Characters that tokens, JWTs and base64url or hex secrets are made of. */
const TOKEN_RUN = /[\w\-.~+/]+/g;
/** Length of the prefix by which secrets are indexed. */
const KEY_LENGTH = 10;
/** Characters inside a run after which a secret may start, as in a URL path or a JWT part. */
const INNER_STARTS = new Set(['.', '/', '~', '+']);

/**
 * The recorded secrets, as written and JSON-escaped, indexed by the first ten characters of their
 * first long token run. A full e2e run records thousands of secrets and logs hundreds of
 * thousands of lines, too many to compare every pair. A line is searched only for the secrets
 * whose key starts a run in it or follows one of INNER_STARTS inside a run. Secrets without a
 * long run are searched for in every line.
 */
export class SecretIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly unindexed: string[] = [];

  constructor(secrets: Iterable<string>) {
    for (const secret of secrets) {
      for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
        const key = indexKeyOf(form);
        if (!key) {
          this.unindexed.push(form);
          continue;
        }
        const forms = this.byKey.get(key);
        if (forms) {
          forms.push(form);
        } else {
          this.byKey.set(key, [form]);
        }
      }
    }
  }

  isFoundIn(text: string): boolean {
    if (this.unindexed.some((form) => text.includes(form))) {
      return true;
    }
    for (const match of text.matchAll(TOKEN_RUN)) {
      const run = match[0];
      for (let start = 0; start + KEY_LENGTH <= run.length; start++) {
        if (start > 0 && !INNER_STARTS.has(run[start - 1])) {
          continue;
        }
        const forms = this.byKey.get(run.slice(start, start + KEY_LENGTH));
        if (forms?.some((form) => text.includes(form))) {
          return true;
        }
      }
    }
    return false;
  }
}

function indexKeyOf(form: string): string | undefined {
  for (const match of form.matchAll(TOKEN_RUN)) {
    if (match[0].length >= KEY_LENGTH) {
      return match[0].slice(0, KEY_LENGTH);
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
