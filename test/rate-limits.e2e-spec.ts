import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { UserEntity } from '../src/users/user.entity';
import { createAppClient, createBrand, createPlayer, PLAYER_PASSWORD } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const LIMIT = 3;
const WINDOW_SECONDS = 60;

describe('token endpoint rate limit', () => {
  let testApp: TestApp;
  let appClient: ClientEntity;
  let player: UserEntity;
  let allowed: Response[];
  let limited: Response;

  function login(path: string): Promise<Response> {
    return request(testApp.server).post(path).type('form').send({
      grant_type: 'password',
      client_id: appClient.clientId,
      username: player.email,
      password: PLAYER_PASSWORD,
    });
  }

  beforeAll(async () => {
    testApp = await startTestApp({
      RATE_LIMIT_MAX_REQUESTS: String(LIMIT),
      RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
    });
    const brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
    player = await createPlayer(testApp, brand);

    allowed = [await login('/oauth/token'), await login('/oauth'), await login('/oauth/token')];
    limited = await login('/oauth');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('requests within limit succeed', () => {
    expect(allowed.map((response) => response.status)).toEqual([200, 200, 200]);
  });

  it('sets RateLimit-Limit', () => {
    expect(allowed[0].headers['ratelimit-limit']).toBe(String(LIMIT));
  });

  it('counts down RateLimit-Remaining', () => {
    const remaining = allowed.map((response) => response.headers['ratelimit-remaining']);

    expect(remaining).toEqual(['2', '1', '0']);
  });

  it('sets RateLimit-Reset in seconds', () => {
    const reset = Number(allowed[0].headers['ratelimit-reset']);

    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(WINDOW_SECONDS);
  });

  it('request past limit is 429', () => {
    expect(limited.status).toBe(429);
  });

  it('429 body is slow_down', () => {
    expect(limited.body).toEqual({
      error: 'slow_down',
      error_description: expect.stringMatching(
        /^Too many requests from this IP address; retry in \d+ seconds$/,
      ),
    });
  });

  it('429 sets Retry-After', () => {
    const retryAfter = Number(limited.headers['retry-after']);

    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
  });

  it('429 sets RateLimit headers', () => {
    expect(limited.headers['ratelimit-limit']).toBe(String(LIMIT));
    expect(limited.headers['ratelimit-remaining']).toBe('0');
    expect(limited.headers['ratelimit-reset']).toBe(limited.headers['retry-after']);
  });

  it('429 is not cached', () => {
    expect(limited.headers['cache-control']).toBe('no-store');
    expect(limited.headers.pragma).toBe('no-cache');
  });

  it('other routes are not limited', async () => {
    const response = await request(testApp.server).get('/health');

    expect(response.status).toBe(200);
    expect(response.headers['ratelimit-limit']).toBeUndefined();
  });
});

describe('revocation and introspection rate limits', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ RATE_LIMIT_MAX_REQUESTS: '2' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it.each(['/oauth/revoke', '/oauth/introspect'])('limits %s', async (path) => {
    const send = (): Promise<Response> =>
      request(testApp.server).post(path).type('form').send({ client_id: 'nobody', token: 'x' });

    const first = await send();
    await send();
    const third = await send();

    expect(first.headers['ratelimit-limit']).toBe('2');
    expect(third.status).toBe(429);
    expect(third.body.error).toBe('slow_down');
  });

  it('limits callbacks before checking signatures', async () => {
    const send = (): Promise<Response> =>
      request(testApp.server).post('/payments/callbacks/sandbox').send({ event_id: 'x' });

    await send();
    await send();
    const third = await send();

    expect(third.status).toBe(429);
    expect(third.body.error).toBe('too_many_requests');
  });
});
