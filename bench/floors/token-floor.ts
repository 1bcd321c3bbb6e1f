/**
 * The token-endpoint floor: node:http with no framework. Parses a client_credentials request
 * (form body, HTTP Basic), checks the secret against its SHA-256 in constant time, signs an
 * ES256 JWT and returns an RFC 6749 token response. Environment: PORT, FLOOR_CLIENT_ID,
 * FLOOR_CLIENT_SECRET, FLOOR_PRIVATE_KEY (PKCS#8 PEM).
 */
import { createHash, createPrivateKey, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, ServerResponse } from 'node:http';

import { FLOOR_ISSUER, signJwt } from './jwt';

const clientId = process.env.FLOOR_CLIENT_ID ?? '';
const secretHash = sha256(process.env.FLOOR_CLIENT_SECRET ?? '');
const privateKey = createPrivateKey(process.env.FLOOR_PRIVATE_KEY ?? '');
const TTL = 3600;

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function send(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function authenticated(header: string | undefined): boolean {
  if (!header?.startsWith('Basic ')) {
    return false;
  }
  const decoded = Buffer.from(header.slice(6), 'base64').toString();
  const colon = decoded.indexOf(':');
  const id = decodeURIComponent(decoded.slice(0, colon));
  const secret = decodeURIComponent(decoded.slice(colon + 1));
  return colon > 0 && id === clientId && timingSafeEqual(sha256(secret), secretHash);
}

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const params = new URLSearchParams(Buffer.concat(chunks).toString());
    if (request.method !== 'POST' || params.get('grant_type') !== 'client_credentials') {
      send(response, 400, { error: 'unsupported_grant_type' });
      return;
    }
    if (!authenticated(request.headers.authorization)) {
      send(response, 401, { error: 'invalid_client' });
      return;
    }
    const iat = Math.floor(Date.now() / 1000);
    const token = signJwt(
      {
        iss: FLOOR_ISSUER,
        aud: FLOOR_ISSUER,
        sub: clientId,
        client_id: clientId,
        scope: 'floor:read',
        jti: randomUUID(),
        iat,
        exp: iat + TTL,
      },
      privateKey,
    );
    send(response, 200, {
      access_token: token,
      token_type: 'Bearer',
      expires_in: TTL,
      scope: 'floor:read',
    });
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
