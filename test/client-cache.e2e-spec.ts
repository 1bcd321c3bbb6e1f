import { setTimeout as sleep } from 'node:timers/promises';

import request from 'supertest';

import { ClientsService } from '../src/auth-server/clients/clients.service';
import { BrandEntity } from '../src/brands/brand.entity';
import { createBrand, createConfidentialClient, TEST_REQUEST } from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

function clientCredentials(instance: TestApp, clientId: string, secret: string): Promise<number> {
  return request(instance.server)
    .post('/oauth/token')
    .auth(clientId, secret)
    .type('form')
    .send({ grant_type: 'client_credentials' })
    .then((response) => response.status);
}

/** Polls until the grant returns `expected`, for at most `timeoutMs`, and returns the last status. */
async function statusWithin(
  attempt: () => Promise<number>,
  expected: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let status = await attempt();
  while (status !== expected && Date.now() < deadline) {
    await sleep(20);
    status = await attempt();
  }
  return status;
}

describe('client cache across instances', () => {
  let first: TestApp;
  let second: TestApp;
  let brand: BrandEntity;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startSecondInstance(first);
    brand = await createBrand(first);
  });

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('drops a rotated secret on both instances', async () => {
    const { client, secret } = await createConfidentialClient(first, brand);
    expect(await clientCredentials(second, client.clientId, secret)).toBe(200);

    const newSecret = await first.app
      .get(ClientsService)
      .rotateSecret(brand.id, client.clientId, TEST_REQUEST);

    expect(await clientCredentials(first, client.clientId, secret)).toBe(401);
    const oldOnSecond = () => clientCredentials(second, client.clientId, secret);
    expect(await statusWithin(oldOnSecond, 401, 1000)).toBe(401);
    expect(await clientCredentials(second, client.clientId, newSecret)).toBe(200);
  });

  it('applies a grant change on the other instance', async () => {
    const { client, secret } = await createConfidentialClient(first, brand, {
      grant_types: ['client_credentials', 'password'],
    });
    expect(await clientCredentials(second, client.clientId, secret)).toBe(200);

    await first.app
      .get(ClientsService)
      .update(brand.id, client.clientId, { grant_types: ['password'] }, TEST_REQUEST);

    const onSecond = () => clientCredentials(second, client.clientId, secret);
    expect(await statusWithin(onSecond, 400, 1000)).toBe(400);
  });
});
