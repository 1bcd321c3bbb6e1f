/**
 * The bearer-guard floor: node:http with no framework. Verifies the ES256 bearer JWT of a GET
 * (signature, alg, kid, iss, aud, exp) and returns a small JSON body. Environment: PORT,
 * FLOOR_PUBLIC_KEY (SPKI PEM).
 */
import { createPublicKey } from 'node:crypto';
import { createServer } from 'node:http';

import { verifyJwt } from './jwt';

const publicKey = createPublicKey(process.env.FLOOR_PUBLIC_KEY ?? '');

createServer((request, response) => {
  const header = request.headers.authorization;
  const claims = header?.startsWith('Bearer ') ? verifyJwt(header.slice(7), publicKey) : undefined;
  if (!claims) {
    response.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' });
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ sub: claims.sub, scope: claims.scope }));
}).listen(Number(process.env.PORT), '127.0.0.1');
