import { createSign, createVerify, KeyObject } from 'node:crypto';

/** Claims shaped like the product's access tokens, for the floor servers. */
export interface FloorClaims {
  iss: string;
  aud: string;
  sub: string;
  client_id: string;
  scope: string;
  jti: string;
  iat: number;
  exp: number;
}

export const FLOOR_ISSUER = 'http://127.0.0.1/floor';
export const FLOOR_KID = 'floor-key';

const HEADER = Buffer.from(
  JSON.stringify({ alg: 'ES256', typ: 'at+jwt', kid: FLOOR_KID }),
).toString('base64url');

/** Signs an ES256 JWT with node:crypto (IEEE P1363 signature, RFC 7518 §3.4). */
export function signJwt(claims: FloorClaims, privateKey: KeyObject): string {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = createSign('SHA256')
    .update(input)
    .sign({ key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * Verifies an ES256 JWT: header alg and kid, signature, iss, aud and exp. Returns the claims, or
 * undefined when any check fails.
 */
export function verifyJwt(token: string, publicKey: KeyObject): FloorClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) {
    return undefined;
  }
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString()) as {
      alg?: string;
      kid?: string;
    };
    if (header.alg !== 'ES256' || header.kid !== FLOOR_KID) {
      return undefined;
    }
    const valid = createVerify('SHA256')
      .update(`${parts[0]}.${parts[1]}`)
      .verify({ key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(parts[2], 'base64url'));
    if (!valid) {
      return undefined;
    }
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString()) as FloorClaims;
    const now = Date.now() / 1000;
    if (claims.iss !== FLOOR_ISSUER || claims.aud !== FLOOR_ISSUER || !(claims.exp > now)) {
      return undefined;
    }
    return claims;
  } catch {
    return undefined;
  }
}
