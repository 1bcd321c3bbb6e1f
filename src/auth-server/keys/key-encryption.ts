import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const KEY_LENGTH = 32;
const IV_LENGTH = 12;

function deriveKey(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, KEY_LENGTH);
}

/**
 * Encrypts a private key with AES-256-GCM under a key derived from the secret by scrypt with a
 * fresh salt. Returns `salt.iv.tag.ciphertext`, each part base64url.
 */
export function encryptPrivateKey(plaintext: string, secret: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(IV_LENGTH);
  const cipher = createCipheriv('aes-256-gcm', deriveKey(secret, salt), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [salt, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => part.toString('base64url'))
    .join('.');
}

/** Reverses encryptPrivateKey; throws when the secret is wrong or the data was altered. */
export function decryptPrivateKey(encrypted: string, secret: string): string {
  const [salt, iv, tag, ciphertext] = encrypted
    .split('.')
    .map((part) => Buffer.from(part, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', deriveKey(secret, salt), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}
