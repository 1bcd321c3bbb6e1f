import { generateKeyPairSync, randomUUID } from 'node:crypto';

import { encryptPrivateKey } from './key-encryption';
import { SigningKeyEntity } from './signing-key.entity';

export const SIGNING_ALGORITHM = 'ES256';

/** Generates an active ES256 key whose private half is encrypted with `encryptionSecret`. */
export function generateSigningKey(encryptionSecret: string): SigningKeyEntity {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });

  const key = new SigningKeyEntity();
  key.kid = randomUUID();
  key.algorithm = SIGNING_ALGORITHM;
  key.publicJwk = {
    kty: String(jwk.kty),
    crv: String(jwk.crv),
    x: String(jwk.x),
    y: String(jwk.y),
  };
  key.privateKeyEncrypted = encryptPrivateKey(
    privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    encryptionSecret,
  );
  key.active = true;
  key.rotatedAt = null;
  key.retiredAt = null;
  return key;
}
