import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Returns 256 random bits as base64url: the form of every token, code and secret issued here. */
export function generateOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares a presented secret with a stored SHA-256 in constant time. */
export function matchesSha256(presented: string, storedHash: Buffer): boolean {
  const presentedHash = sha256(presented);
  return presentedHash.length === storedHash.length && timingSafeEqual(presentedHash, storedHash);
}
