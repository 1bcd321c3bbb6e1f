import { ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { FLOOR_ISSUER, signJwt } from './floors/jwt';
import { startScript, stop, waitUntilReady } from './processes';
import { basicAuth, FORM, Scenario } from './scenario';

const TOKEN_FLOOR_PORT = Number(process.env.BENCH_FLOOR_PORT ?? 3901);
const VERIFY_FLOOR_PORT = TOKEN_FLOOR_PORT + 1;

export interface FloorScenario extends Scenario {
  start: () => Promise<ChildProcess>;
}

/**
 * The two floors: what any server must do for a client_credentials grant (parse, check the
 * secret, sign ES256) and for a bearer-guarded read (verify ES256), on node:http alone.
 */
export function floorScenarios(): { token: FloorScenario; verify: FloorScenario } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const clientId = 'floor-client';
  const secret = randomBytes(32).toString('base64url');
  const iat = Math.floor(Date.now() / 1000);
  const bearer = signJwt(
    {
      iss: FLOOR_ISSUER,
      aud: FLOOR_ISSUER,
      sub: clientId,
      client_id: clientId,
      scope: 'floor:read',
      jti: randomUUID(),
      iat,
      exp: iat + 3600,
    },
    privateKey,
  );

  const start = async (
    file: string,
    port: number,
    env: NodeJS.ProcessEnv,
  ): Promise<ChildProcess> => {
    const child = startScript(join(__dirname, 'floors', file), { ...env, PORT: String(port) });
    await waitUntilReady(`http://127.0.0.1:${port}/`, child, 20_000);
    return child;
  };

  return {
    token: {
      name: 'floor: client_credentials (node:http, ES256 sign)',
      start: () =>
        start('token-floor.ts', TOKEN_FLOOR_PORT, {
          FLOOR_CLIENT_ID: clientId,
          FLOOR_CLIENT_SECRET: secret,
          FLOOR_PRIVATE_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        }),
      options: {
        method: 'POST',
        url: `http://127.0.0.1:${TOKEN_FLOOR_PORT}/token`,
        headers: { authorization: basicAuth(clientId, secret), 'content-type': FORM },
        body: 'grant_type=client_credentials',
      },
    },
    verify: {
      name: 'floor: bearer verify (node:http, ES256 verify)',
      start: () =>
        start('verify-floor.ts', VERIFY_FLOOR_PORT, {
          FLOOR_PUBLIC_KEY: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        }),
      options: {
        method: 'GET',
        url: `http://127.0.0.1:${VERIFY_FLOOR_PORT}/resource`,
        headers: { authorization: `Bearer ${bearer}` },
      },
    },
  };
}

export { stop };
