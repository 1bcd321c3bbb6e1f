import { createHash } from 'node:crypto';

/** The parts of a request that must match for a repeat with the same Idempotency-Key. */
export interface RequestFingerprint {
  method: string;
  /** The route pattern, such as `/wallets/:user_id/adjustments`. */
  route: string;
  params: unknown;
  body: unknown;
}

/**
 * Returns the SHA-256 (hex) of the request in canonical JSON: object keys sorted at every depth,
 * so that the same body with its fields in another order hashes the same.
 */
export function requestHash(fingerprint: RequestFingerprint): string {
  const canonical = canonicalJson({
    method: fingerprint.method.toUpperCase(),
    route: fingerprint.route,
    params: fingerprint.params ?? {},
    body: fingerprint.body ?? null,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Serialises a parsed JSON or form value with sorted object keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .filter((name) => record[name] !== undefined)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonicalJson(record[name])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
