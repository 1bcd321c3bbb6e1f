import { generateKeyPairSync, KeyObject, randomBytes } from 'node:crypto';

import fc from 'fast-check';
import { sign } from 'jsonwebtoken';

/** What the fuzzer needs to forge tokens that differ from a valid one in one respect. */
export interface TokenMaterial {
  /** Valid tokens that reach the handlers: a player's and a back office's with every scope. */
  validTokens: string[];
  kid: string;
  privateKey: KeyObject;
  issuer: string;
  subject: string;
  clientId: string;
  brand: string;
}

/** Authorization header values: a list, so that a case can send the header twice. */
export type AuthorizationCase = { label: string; values: string[] };

/** Builds every kind of Authorization header, valid ones included so that bodies reach validation. */
export function authorizationCases(material: TokenMaterial): fc.Arbitrary<AuthorizationCase> {
  const forged = forgedTokens(material);
  const valid = material.validTokens.map((token) => ({
    label: 'valid',
    values: [`Bearer ${token}`],
  }));
  const first = material.validTokens[0];
  const broken: AuthorizationCase[] = [
    { label: 'none', values: [] },
    { label: 'empty', values: [''] },
    { label: 'scheme only', values: ['Bearer'] },
    { label: 'scheme and space', values: ['Bearer '] },
    { label: 'wrong scheme', values: [`Token ${first}`] },
    { label: 'basic', values: ['Basic Zm9vOmJhcg=='] },
    { label: 'garbage basic', values: ['Basic %%%not-base64%%%'] },
    { label: 'two tokens', values: [`Bearer ${first} ${first}`] },
    { label: 'two headers', values: [`Bearer ${first}`, `Bearer ${first}`] },
    { label: 'garbage base64', values: ['Bearer ////++++====='] },
    { label: 'not a JWT', values: [`Bearer ${randomBytes(32).toString('base64url')}`] },
    { label: 'three dots', values: ['Bearer a.b.c.d'] },
    { label: 'header not JSON', values: ['Bearer bm90LWpzb24.eyJzdWIiOiIxIn0.c2ln'] },
    { label: 'huge', values: [`Bearer ${'a'.repeat(8000)}`] },
    { label: 'lower-case scheme', values: [`bearer ${first}`] },
    ...Object.entries(forged).map(([label, token]) => ({ label, values: [`Bearer ${token}`] })),
  ];
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.constantFrom(...broken) },
  );
}

/** Tokens that are well-formed JWTs but must be rejected, each for one reason. */
function forgedTokens(material: TokenMaterial): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    client_id: material.clientId,
    brand: material.brand,
    scope: 'profile:read profile:write wallet:read',
    jti: 'f0f0f0f0-0000-4000-8000-000000000000',
    sub: material.subject,
    iss: material.issuer,
    aud: material.issuer,
    iat: now,
    exp: now + 600,
  };
  const header = { alg: 'ES256', typ: 'at+jwt', kid: material.kid };
  const otherKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  const signWith = (payload: object, head: object, key = material.privateKey): string =>
    sign(payload, key, { algorithm: 'ES256', header: head as never, noTimestamp: true });
  const encode = (value: object): string =>
    Buffer.from(JSON.stringify(value)).toString('base64url');

  return {
    'other key': signWith(claims, header, otherKey),
    'alg none': `${encode({ ...header, alg: 'none' })}.${encode(claims)}.`,
    'alg HS256': `${encode({ ...header, alg: 'HS256' })}.${encode(claims)}.${randomBytes(32).toString('base64url')}`,
    'wrong typ': signWith(claims, { ...header, typ: 'JWT' }),
    'no kid': signWith(claims, { alg: 'ES256', typ: 'at+jwt' }),
    'unknown kid': signWith(claims, { ...header, kid: 'no-such-key' }),
    expired: signWith({ ...claims, iat: now - 7200, exp: now - 3600 }, header),
    'future iat': signWith({ ...claims, iat: now + 3600, exp: now + 7200 }, header),
    'wrong issuer': signWith({ ...claims, iss: 'https://attacker.example' }, header),
    'wrong audience': signWith({ ...claims, aud: 'https://attacker.example' }, header),
    'no subject': signWith({ ...claims, sub: undefined }, header),
    'subject not uuid': signWith({ ...claims, sub: "' OR 1=1 --" }, header),
    'scope not string': signWith({ ...claims, scope: ['wallet:read'] }, header),
    'tampered payload': tamper(signWith(claims, header)),
  };
}

/** Replaces the payload of a signed token with one that grants every scope. */
function tamper(token: string): string {
  const [head, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
    string,
    unknown
  >;
  claims.scope = 'wallets:write transactions:approve';
  return `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}
