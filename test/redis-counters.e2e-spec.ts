import { randomBytes } from 'node:crypto';

import Redis from 'ioredis';
import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

/** The Redis server on this machine; each run uses keys under its own prefix and removes them. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const RATE_LIMIT = 8;

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
    cursor = next;
  } while (cursor !== '0');
}

function listKeys(redis: Redis, prefix: string): Promise<string[]> {
  return redis.keys(`${prefix}*`);
}

describe('counters in Redis', () => {
  const prefix = `test-counters-${randomBytes(6).toString('hex')}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  let first: TestApp;
  let second: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;

  beforeAll(async () => {
    await redis.connect();
    const env = {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_MAX_REQUESTS: String(RATE_LIMIT),
      MAX_LOGIN_FAILURES_PER_PLAYER: '2',
    };
    first = await startTestApp(env);
    second = await startSecondInstance(first, env);
    brand = await createBrand(first);
    appClient = await createAppClient(first, brand);
  });

  afterAll(async () => {
    await second.close();
    await first.close();
    await deleteKeys(redis, prefix);
    await redis.quit();
  });

  describe('lockout', () => {
    let player: UserEntity;

    beforeAll(async () => {
      player = await createPlayer(first, brand);
    });

    it('failures on both instances lock', async () => {
      await requestPasswordGrant(first, appClient.clientId, player.email, 'wrong-password');
      const locking = await requestPasswordGrant(
        second,
        appClient.clientId,
        player.email,
        'wrong-password',
      );

      const response = await requestPasswordGrant(first, appClient.clientId, player.email);

      expect(locking.body.error_description).toMatch(/^The account is temporarily locked/);
      expect(response.status).toBe(400);
      expect(response.body.error_description).toMatch(/^The account is temporarily locked/);
    });

    it('stores no username in keys', async () => {
      const keys = await listKeys(redis, prefix);

      expect(keys.join('\n')).not.toContain(player.email);
      expect(keys.join('\n')).not.toContain(player.id);
      expect(keys.some((key) => /^.+login:player:lock:login:[0-9a-f]{64}$/.test(key))).toBe(true);
    });
  });
  describe('rate limit', () => {
    function postToken(testApp: TestApp): Promise<Response> {
      return request(testApp.server)
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'client_credentials', client_id: appClient.clientId });
    }

    it('instances share one counter', async () => {
      // The lockout tests above sent three token requests from this IP already.
      const responses: Response[] = [];
      for (let attempt = 0; attempt < RATE_LIMIT - 2; attempt += 1) {
        responses.push(await postToken(attempt % 2 === 0 ? first : second));
      }

      const remaining = responses.slice(0, -1).map((r) => r.headers['ratelimit-remaining']);
      expect(remaining).toEqual(['4', '3', '2', '1', '0']);
      expect(responses[responses.length - 1].status).toBe(429);
      expect(responses[responses.length - 1].body.error).toBe('slow_down');
    });

    it('stores keys under the prefix', async () => {
      const keys = await listKeys(redis, `${prefix}rate:oauth_token:`);

      expect(keys).toHaveLength(1);
      expect(await redis.pttl(keys[0])).toBeGreaterThan(0);
    });
  });
});

describe('counters with Redis unreachable', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      REDIS_URL: 'redis://127.0.0.1:1',
      RATE_LIMIT_MAX_REQUESTS: '2',
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('falls back to memory counters', async () => {
    const brand = await createBrand(testApp);
    const appClient = await createAppClient(testApp, brand);
    const player = await createPlayer(testApp, brand);

    const responses = [
      await requestPasswordGrant(testApp, appClient.clientId, player.email),
      await requestPasswordGrant(testApp, appClient.clientId, player.email),
      await requestPasswordGrant(testApp, appClient.clientId, player.email),
    ];

    expect(responses[0].status).toBe(200);
    expect(responses[1].headers['ratelimit-remaining']).toBe('0');
    expect(responses[2].status).toBe(429);
  });
});
