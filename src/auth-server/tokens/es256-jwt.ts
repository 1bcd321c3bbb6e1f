import { createSign, KeyObject } from 'node:crypto';

/**
 * Signs a JWT with ES256 (RFC 7518 §3.4): ECDSA P-256 over SHA-256, with the signature as the
 * 64-byte R || S concatenation that JWS requires instead of DER.
 */
export function signEs256(header: object, claims: object, privateKey: KeyObject): string {
  const encodedHeader = Buffer.from(JSON.stringify(header)).toString('base64url');
  const encodedClaims = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signingInput = `${encodedHeader}.${encodedClaims}`;
  const signature = createSign('SHA256')
    .update(signingInput)
    .sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}
