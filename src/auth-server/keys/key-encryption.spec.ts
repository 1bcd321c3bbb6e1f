import { decryptPrivateKey, encryptPrivateKey } from './key-encryption';

describe('key encryption', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';

  it('round-trips', () => {
    expect(decryptPrivateKey(encryptPrivateKey('pem text', secret), secret)).toBe('pem text');
  });

  it('salts every encryption', () => {
    expect(encryptPrivateKey('pem text', secret)).not.toBe(encryptPrivateKey('pem text', secret));
  });

  it('fails with another secret', () => {
    const encrypted = encryptPrivateKey('pem text', secret);

    expect(() => decryptPrivateKey(encrypted, `${secret}!`)).toThrow();
  });

  it('fails on altered ciphertext', () => {
    const parts = encryptPrivateKey('pem text', secret).split('.');
    parts[3] = Buffer.from('other text').toString('base64url');

    expect(() => decryptPrivateKey(parts.join('.'), secret)).toThrow();
  });
});
