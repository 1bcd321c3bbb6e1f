import { setTimeout as sleep } from 'node:timers/promises';

import request from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { UserEntity } from '../src/users/user.entity';
import { createAppClient, createBrand, createPlayer, PLAYER_PASSWORD } from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

/** Polls until the instance rejects the token, for at most `timeoutMs`; returns the last status. */
async function statusOnceRejected(
  instance: TestApp,
  token: string,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let status = 0;
  do {
    status = (await request(instance.server).get('/users/me').auth(token, { type: 'bearer' }))
      .status;
    if (status === 401) {
      return status;
    }
    await sleep(20);
  } while (Date.now() < deadline);
  return status;
}

describe('session revocation across instances', () => {
  let first: TestApp;
  let second: TestApp;
  let brand: BrandEntity;
  let client: ClientEntity;
  let player: UserEntity;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startSecondInstance(first);
    brand = await createBrand(first);
    client = await createAppClient(first, brand);
    player = await createPlayer(first, brand);
  });

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  async function login(): Promise<{ accessToken: string; refreshToken: string }> {
    const response = await request(first.server).post('/oauth/token').type('form').send({
      grant_type: 'password',
      client_id: client.clientId,
      username: player.email,
      password: PLAYER_PASSWORD,
    });
    expect(response.status).toBe(200);
    return { accessToken: response.body.access_token, refreshToken: response.body.refresh_token };
  }

  it('verifies tokens issued by the other instance', async () => {
    const { accessToken } = await login();

    const response = await request(second.server)
      .get('/users/me')
      .auth(accessToken, { type: 'bearer' });

    expect(response.status).toBe(200);
    expect(response.body.id).toBe(player.id);
  });

  it('rejects a reused session on the other instance', async () => {
    const { accessToken, refreshToken } = await login();
    const refresh = {
      grant_type: 'refresh_token',
      client_id: client.clientId,
      refresh_token: refreshToken,
    };
    await request(first.server).post('/oauth/token').type('form').send(refresh);

    const reuse = await request(first.server).post('/oauth/token').type('form').send(refresh);

    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    expect(await statusOnceRejected(second, accessToken, 2000)).toBe(401);
  });

  it('loads earlier revocations at start', async () => {
    const { accessToken, refreshToken } = await login();
    const refresh = {
      grant_type: 'refresh_token',
      client_id: client.clientId,
      refresh_token: refreshToken,
    };
    await request(first.server).post('/oauth/token').type('form').send(refresh);
    await request(first.server).post('/oauth/token').type('form').send(refresh);

    const third = await startSecondInstance(first);
    const response = await request(third.server)
      .get('/users/me')
      .auth(accessToken, { type: 'bearer' });
    await third.close();

    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toContain('The access token was revoked');
  });
});
