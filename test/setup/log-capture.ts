import { appendFileSync } from 'node:fs';
import { ClientRequest, IncomingMessage } from 'node:http';
import { join } from 'node:path';

/**
 * The folder where every test application appends its log (LOG_FILE) and where the HTTP client of
 * the specs records the secrets it sent and received. Global setup creates it; global teardown
 * scans the logs for the secrets. Unset when E2E_LOG_CAPTURE=off.
 */
export const LOG_DIR_VARIABLE = 'E2E_LOG_DIR';

/** Request and response fields whose values must never reach a log line. */
const SECRET_FIELDS = new Set([
  'access_token',
  'refresh_token',
  'code',
  'activation_code',
  'password',
  'current_password',
  'new_password',
  'client_secret',
  'secret',
  'token',
  'card_number',
  'cvv',
]);

/** Values shorter than this, or with fewer distinct characters, are too common to search for. */
const MIN_SECRET_LENGTH = 10;
const MIN_DISTINCT_CHARACTERS = 6;

const PATCHED = Symbol.for('e2e.log-capture.patched');

/**
 * Marks a request whose values are generated, not secret, such as the fuzzer's: a random password
 * may well equal a path segment of another request. The JWT and credential patterns still apply.
 */
export const UNRECORDED = Symbol.for('e2e.log-capture.unrecorded');

/**
 * Makes every request the specs send through node:http (supertest and the fuzzer use it) record
 * its Authorization header, its secret body fields and the secret fields of its response.
 */
export function recordSecretsOfHttpClient(directory: string): void {
  const prototype = ClientRequest.prototype;
  const flags = prototype as unknown as Record<symbol, boolean>;
  if (flags[PATCHED]) {
    return;
  }
  flags[PATCHED] = true;
  const file = join(directory, `secrets-${process.pid}.jsonl`);
  const record = (values: string[]): void => {
    const secrets = values.filter(isSearchable);
    if (secrets.length > 0) {
      appendFileSync(file, secrets.map((secret) => `${JSON.stringify(secret)}\n`).join(''));
    }
  };

  const originalWrite = prototype.write;
  const originalEnd = prototype.end;
  prototype.write = function (this: ClientRequest, chunk: unknown, ...rest: unknown[]) {
    collectBody(this, chunk);
    return (originalWrite as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ClientRequest['write'];
  prototype.end = function (this: ClientRequest, ...args: unknown[]) {
    if ((this as unknown as Record<symbol, boolean>)[UNRECORDED]) {
      return (originalEnd as (...args: unknown[]) => ClientRequest).apply(this, args);
    }
    if (typeof args[0] !== 'function') {
      collectBody(this, args[0]);
    }
    const authorization = this.getHeader('authorization');
    record(authorizationSecrets(authorization));
    record(fieldSecrets(bodies.get(this)?.join('') ?? ''));
    this.once('response', (response: IncomingMessage) => {
      // Clients such as superagent set an encoding, so chunks may be strings.
      const chunks: string[] = [];
      response.on('data', (chunk: Buffer | string) => chunks.push(chunk.toString()));
      response.on('end', () => record(fieldSecrets(chunks.join(''))));
    });
    return (originalEnd as (...args: unknown[]) => ClientRequest).apply(this, args);
  } as ClientRequest['end'];
}

const bodies = new WeakMap<ClientRequest, string[]>();

function collectBody(request: ClientRequest, chunk: unknown): void {
  if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) {
    return;
  }
  const parts = bodies.get(request) ?? [];
  parts.push(chunk.toString());
  bodies.set(request, parts);
}

function authorizationSecrets(header: unknown): string[] {
  const values = Array.isArray(header) ? header : [header];
  return values
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => {
      const credentials = value.replace(/^\S+\s+/, '');
      // The client id before the colon is public and appears in the audit log.
      const decoded = Buffer.from(credentials, 'base64').toString();
      const colon = decoded.indexOf(':');
      const secret = /^basic\s/i.test(value) && colon >= 0 ? [decoded.slice(colon + 1)] : [];
      return [value, credentials, ...secret];
    });
}

/** Values of the secret fields of a JSON or form-encoded text. */
function fieldSecrets(text: string): string[] {
  const found: string[] = [];
  try {
    collectFields(JSON.parse(text), found);
    return found;
  } catch {
    for (const [key, value] of new URLSearchParams(text)) {
      if (SECRET_FIELDS.has(key)) {
        found.push(value);
      }
    }
    return found;
  }
}

function collectFields(value: unknown, found: string[]): void {
  if (typeof value !== 'object' || value === null) {
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key) && typeof child === 'string') {
      found.push(child);
    } else {
      collectFields(child, found);
    }
  }
}

function isSearchable(value: string): boolean {
  return value.length >= MIN_SECRET_LENGTH && new Set(value).size >= MIN_DISTINCT_CHARACTERS;
}

const directory = process.env[LOG_DIR_VARIABLE];
if (directory) {
  recordSecretsOfHttpClient(directory);
}
