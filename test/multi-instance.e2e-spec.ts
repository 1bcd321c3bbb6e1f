import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

import Redis from 'ioredis';
import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { KeyRotationScheduler } from '../src/auth-server/keys/key-rotation.scheduler';
import { SigningKeysRepository } from '../src/auth-server/keys/signing-keys.repository';
import { SigningKeysService } from '../src/auth-server/keys/signing-keys.service';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken, requestPasswordGrant } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
} from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

// Three applications start in one process, which takes a while on a loaded machine.
jest.setTimeout(60_000);

const execFileAsync = promisify(execFile);

/** The Redis server on this machine; each run uses keys under its own prefix and removes them. */
const REDIS_URL = 'redis://127.0.0.1:6379';
/** Changes made on one instance must reach every other one within this time. */
const PROPAGATION_DEADLINE_MS = 1000;

/**
 * Polls `check` until it returns true and returns true, or returns false once the deadline
 * passed. The deadline counts from the call, which follows the response of the change.
 */
async function becomesTrue(check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + PROPAGATION_DEADLINE_MS;
  do {
    if (await check()) {
      return true;
    }
    await sleep(25);
  } while (Date.now() < deadline);
  return check();
}

function kidOf(token: string): string {
  const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as {
    kid: string;
  };
  return header.kid;
}

async function jwksKids(instance: TestApp): Promise<string[]> {
  const response = await request(instance.server).get('/.well-known/jwks.json').expect(200);
  return (response.body.keys as { kid: string }[]).map((key) => key.kid);
}

function profile(instance: TestApp, accessToken: string): Promise<Response> {
  return request(instance.server).get('/users/me').auth(accessToken, { type: 'bearer' });
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) {
    await redis.del(...keys);
  }
}

describe('several instances on one database', () => {
  const prefix = `test-instances-${randomBytes(6).toString('hex')}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  let instances: TestApp[];
  let brand: BrandEntity;
  let appClient: ClientEntity;
  let backOffice: { client: ClientEntity; secret: string };
  let player: UserEntity;

  beforeAll(async () => {
    await redis.connect();
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, MAX_LOGIN_FAILURES_PER_PLAYER: '2' };
    const first = await startTestApp(env);
    instances = [
      first,
      await startSecondInstance(first, env),
      await startSecondInstance(first, env),
    ];
    brand = await createBrand(first);
    appClient = await createAppClient(first, brand);
    backOffice = await createConfidentialClient(first, brand, {
      scopes: ['clients:read', 'clients:write', 'keys:write'],
    });
    player = await createPlayer(first, brand);
  });

  afterAll(async () => {
    for (const instance of [...instances].reverse()) {
      await instance.close();
    }
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  async function login(instance: TestApp): Promise<{ access: string; refresh: string }> {
    const response = await requestPasswordGrant(instance, appClient.clientId, player.email);
    expect(response.status).toBe(200);
    return { access: response.body.access_token, refresh: response.body.refresh_token };
  }

  function backOfficeToken(instance: TestApp): Promise<string> {
    return clientAccessToken(instance, backOffice.client.clientId, backOffice.secret);
  }

  function rotateKey(instance: TestApp, accessToken: string): Promise<Response> {
    return request(instance.server).post('/keys/rotate').auth(accessToken, { type: 'bearer' });
  }

  describe('tokens', () => {
    it('issued by one verify on the others', async () => {
      const { access } = await login(instances[0]);

      for (const instance of instances) {
        expect((await profile(instance, access)).status).toBe(200);
      }
    });

    it('client tokens verify everywhere', async () => {
      const token = await backOfficeToken(instances[2]);

      for (const instance of instances) {
        const response = await request(instance.server)
          .get('/clients')
          .auth(token, { type: 'bearer' });
        expect(response.status).toBe(200);
      }
    });
  });

  describe('revocation', () => {
    it('of an access token reaches the others', async () => {
      const { access } = await login(instances[1]);
      for (const instance of instances) {
        expect((await profile(instance, access)).status).toBe(200);
      }

      await request(instances[0].server)
        .post('/oauth/revoke')
        .type('form')
        .send({ client_id: appClient.clientId, token: access })
        .expect(200);

      for (const instance of instances.slice(1)) {
        expect(
          await becomesTrue(async () => (await profile(instance, access)).status === 401),
        ).toBe(true);
      }
    });

    it('of a session reaches the others', async () => {
      const { access } = await login(instances[2]);
      for (const instance of instances) {
        expect((await profile(instance, access)).status).toBe(200);
      }

      await request(instances[0].server)
        .delete('/users/me/sessions/current')
        .auth(access, { type: 'bearer' })
        .expect(204);

      for (const instance of instances.slice(1)) {
        expect(
          await becomesTrue(async () => (await profile(instance, access)).status === 401),
        ).toBe(true);
      }
    });
  });

  describe('client change', () => {
    it('reaches the others', async () => {
      const changed = await createAppClient(instances[0], brand);
      for (const instance of instances) {
        expect((await requestPasswordGrant(instance, changed.clientId, player.email)).status).toBe(
          200,
        );
      }
      const token = await backOfficeToken(instances[0]);

      await request(instances[0].server)
        .patch(`/clients/${changed.clientId}`)
        .auth(token, { type: 'bearer' })
        .send({ grant_types: ['refresh_token'] })
        .expect(200);

      for (const instance of instances.slice(1)) {
        const rejected = await becomesTrue(async () => {
          const response = await requestPasswordGrant(instance, changed.clientId, player.email);
          return response.body.error === 'unauthorized_client';
        });
        expect(rejected).toBe(true);
      }
    });
  });

  describe('key rotation', () => {
    let oldToken: string;
    let oldKid: string;
    let newKid: string;
    let rotation: Response;

    beforeAll(async () => {
      oldToken = (await login(instances[1])).access;
      oldKid = kidOf(oldToken);
      rotation = await rotateKey(instances[0], await backOfficeToken(instances[0]));
      newKid = rotation.body.kid;
    });

    it('returns the new and the previous key', () => {
      expect(rotation.status).toBe(201);
      expect(rotation.headers['cache-control']).toBe('no-store');
      expect(rotation.body.alg).toBe('ES256');
      expect(rotation.body.previous_kid).toBe(oldKid);
      expect(newKid).not.toBe(oldKid);
      expect(new Date(rotation.body.previous_key_retires_after).getTime()).toBeGreaterThan(
        Date.now() + 86_000_000,
      );
    });

    it('reaches the JWK Set of the others', async () => {
      for (const instance of instances.slice(1)) {
        expect(await becomesTrue(async () => (await jwksKids(instance))[0] === newKid)).toBe(true);
        expect(await jwksKids(instance)).toContain(oldKid);
      }
    });

    it('makes every instance sign with the new key', async () => {
      for (const instance of instances) {
        expect(kidOf((await login(instance)).access)).toBe(newKid);
      }
    });

    it('keeps tokens of the previous key valid', async () => {
      for (const instance of instances) {
        expect((await profile(instance, oldToken)).status).toBe(200);
      }
    });

    it('retires the previous key everywhere once its tokens expired', async () => {
      await instances[0].dataSource.query(
        `UPDATE signing_keys SET rotated_at = now() - interval '2 days' WHERE kid = $1`,
        [oldKid],
      );

      await instances[2].app.get(KeyRotationScheduler).check();

      for (const instance of instances) {
        expect(await becomesTrue(async () => !(await jwksKids(instance)).includes(oldKid))).toBe(
          true,
        );
        expect((await profile(instance, oldToken)).status).toBe(401);
      }
      const [retired] = await instances[0].dataSource.query(
        `SELECT private_key_encrypted, retired_at FROM signing_keys WHERE kid = $1`,
        [oldKid],
      );
      expect(retired.private_key_encrypted).toBe('');
      expect(retired.retired_at).not.toBeNull();
    });

    it('retires nothing when no key is due', async () => {
      const keys = instances[1].app.get(SigningKeysRepository);

      expect(await keys.retireRotatedBefore(86_400)).toStrictEqual([]);
    });

    it('on schedule happens once across instances', async () => {
      await instances[0].dataSource.query(
        `UPDATE signing_keys SET created_at = now() - interval '2 hours' WHERE active`,
      );
      const [{ count: before }] = await instances[0].dataSource.query(
        `SELECT count(*)::int AS count FROM signing_keys`,
      );

      await Promise.all(
        instances.map((instance) => instance.app.get(SigningKeysService).rotateIfOlderThan(3600)),
      );

      const [{ count: after }] = await instances[0].dataSource.query(
        `SELECT count(*)::int AS count FROM signing_keys`,
      );
      expect(after).toBe(before + 1);
    });

    it('from the command line reaches every instance', async () => {
      const before = (await jwksKids(instances[0]))[0];

      const { stdout } = await execFileAsync(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          join(__dirname, '..', 'src', 'cli', 'rotate-signing-key.ts'),
        ],
        {
          env: {
            ...process.env,
            NODE_ENV: 'test',
            DATABASE_URL: instances[0].config.DATABASE_URL,
            KEY_ENCRYPTION_SECRET: instances[0].config.KEY_ENCRYPTION_SECRET,
          },
        },
      );
      const kid = /Rotated the signing key: (\S+) signs from now on/.exec(stdout)?.[1];

      expect(kid).toBeDefined();
      expect(stdout).toContain(`${before} keeps verifying`);
      for (const instance of instances) {
        expect(await becomesTrue(async () => (await jwksKids(instance))[0] === kid)).toBe(true);
        expect(kidOf((await login(instance)).access)).toBe(kid);
      }
    });

    it('needs keys:write', async () => {
      const token = await clientAccessToken(
        instances[0],
        backOffice.client.clientId,
        backOffice.secret,
        'clients:read',
      );

      const response = await rotateKey(instances[0], token);

      expect(response.status).toBe(403);
      expect(response.headers['www-authenticate']).toContain('insufficient_scope');
    });
  });

  describe('shared counters', () => {
    it('rate limits count across instances', async () => {
      const remaining: number[] = [];
      for (const instance of [...instances, ...instances]) {
        const response = await request(instance.server)
          .post('/oauth/token')
          .type('form')
          .send({ grant_type: 'client_credentials', client_id: appClient.clientId });
        remaining.push(Number(response.headers['ratelimit-remaining']));
      }

      const steps = remaining.slice(1).map((value, index) => remaining[index] - value);
      expect(steps).toEqual([1, 1, 1, 1, 1]);
    });

    it('failed logins on two instances lock on the third', async () => {
      const locked = await createPlayer(instances[0], brand);
      await requestPasswordGrant(instances[0], appClient.clientId, locked.email, 'wrong-password');
      await requestPasswordGrant(instances[1], appClient.clientId, locked.email, 'wrong-password');

      const response = await requestPasswordGrant(instances[2], appClient.clientId, locked.email);

      expect(response.status).toBe(400);
      expect(response.body.error_description).toMatch(/^The account is temporarily locked/);
    });
  });

  describe('concurrent refreshes on three instances', () => {
    let responses: Response[];
    let winner: Response | undefined;

    beforeAll(async () => {
      const { refresh } = await login(instances[0]);
      responses = await Promise.all(
        instances.map((instance) =>
          request(instance.server).post('/oauth/token').type('form').send({
            grant_type: 'refresh_token',
            client_id: appClient.clientId,
            refresh_token: refresh,
          }),
        ),
      );
      winner = responses.find((response) => response.status === 200);
    });

    it('exactly one succeeds', () => {
      expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
    });

    it('the rest get invalid_grant', () => {
      const failed = responses.filter((response) => response.status !== 200);

      expect(failed.map((response) => response.status)).toEqual([400, 400]);
      expect(failed.map((response) => response.body.error)).toEqual([
        'invalid_grant',
        'invalid_grant',
      ]);
    });

    it('session is revoked on every instance', async () => {
      for (const instance of instances) {
        const rejected = await becomesTrue(
          async () => (await profile(instance, winner?.body.access_token as string)).status === 401,
        );
        expect(rejected).toBe(true);
      }
    });
  });
});
