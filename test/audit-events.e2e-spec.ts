import request, { Response } from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken, requestPasswordGrant } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

describe('GET /audit-events', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;
  let player: UserEntity;
  let auditorToken: string;
  let passwordGrant: Response;

  function listEvents(query: Record<string, string> = {}, token = auditorToken): Promise<Response> {
    return request(testApp.server)
      .get('/audit-events')
      .query(query)
      .auth(token, { type: 'bearer' });
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
    player = await createPlayer(testApp, brand);
    const auditor = await createConfidentialClient(testApp, brand, { scopes: ['audit:read'] });
    auditorToken = await clientAccessToken(testApp, auditor.client.clientId, auditor.secret);

    await requestPasswordGrant(testApp, appClient.clientId, player.email, 'wrong-password');
    await requestPasswordGrant(testApp, appClient.clientId, 'nobody@example.test');
    passwordGrant = await requestPasswordGrant(testApp, appClient.clientId, player.email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('lists a token issued to the player', async () => {
    const response = await listEvents({ type: 'token_issued', user_id: player.id });

    expect(response.status).toBe(200);
    expect(response.body.total).toBe(1);
    expect(response.body.data[0]).toMatchObject({
      type: 'token_issued',
      client_id: appClient.clientId,
      user_id: player.id,
      details: { grant_type: 'password', scope: 'profile:read profile:write' },
    });
    expect(response.body.data[0].session_id).toEqual(expect.any(String));
    expect(response.body.data[0].request_id).toBe(passwordGrant.headers['x-request-id']);
    expect(response.body.data[0].ip).toBe('127.0.0.1');
  });

  it('records failed logins with a reason', async () => {
    const response = await listEvents({ type: 'login_failed' });

    const reasons = response.body.data.map(
      (event: { details: { reason: string } }) => event.details.reason,
    );
    expect(reasons.sort()).toEqual(['unknown_user', 'wrong_password']);
  });

  it('names the player of a wrong password', async () => {
    const response = await listEvents({ type: 'login_failed', user_id: player.id });

    expect(response.body.total).toBe(1);
    expect(response.body.data[0].details).toEqual({ reason: 'wrong_password' });
  });

  it('records client creation', async () => {
    const response = await listEvents({ type: 'client_created', client_id: appClient.clientId });

    expect(response.body.total).toBe(1);
  });

  it('records a failed client authentication', async () => {
    const auditor = await createConfidentialClient(testApp, brand);
    const failed = await request(testApp.server)
      .post('/oauth/token')
      .auth(auditor.client.clientId, 'wrong-secret')
      .type('form')
      .send({ grant_type: 'client_credentials' });

    const response = await listEvents({
      type: 'client_authentication_failed',
      client_id: auditor.client.clientId,
    });

    expect(response.body.total).toBe(1);
    expect(response.body.data[0].details).toEqual({ reason: 'wrong_secret' });
    expect(response.body.data[0].request_id).toBe(failed.headers['x-request-id']);
    expect(response.body.data[0].ip).toBe('127.0.0.1');
  });

  it('records the request of a bearer route', async () => {
    const admin = await createConfidentialClient(testApp, brand);
    const adminToken = await clientAccessToken(testApp, admin.client.clientId, admin.secret);
    const renamed = await createAppClient(testApp, brand);
    const update = await request(testApp.server)
      .patch(`/clients/${renamed.clientId}`)
      .auth(adminToken, { type: 'bearer' })
      .send({ name: 'Renamed app' });
    expect(update.status).toBe(200);

    const response = await listEvents({ type: 'client_updated', client_id: renamed.clientId });

    expect(response.body.total).toBe(1);
    expect(response.body.data[0].request_id).toBe(update.headers['x-request-id']);
    expect(response.body.data[0].ip).toBe('127.0.0.1');
  });

  it('pages newest first', async () => {
    const first = await listEvents({ per_page: '2', page: '1' });
    const second = await listEvents({ per_page: '2', page: '2' });

    expect(first.body.data).toHaveLength(2);
    expect(first.body.per_page).toBe(2);
    expect(second.body.page).toBe(2);
    expect(new Date(first.body.data[1].created_at).getTime()).toBeGreaterThanOrEqual(
      new Date(second.body.data[0].created_at).getTime(),
    );
  });

  it('hides other brands', async () => {
    const otherBrand = await createBrand(testApp);
    const otherAuditor = await createConfidentialClient(testApp, otherBrand, {
      scopes: ['audit:read'],
    });
    const otherToken = await clientAccessToken(
      testApp,
      otherAuditor.client.clientId,
      otherAuditor.secret,
    );

    const response = await listEvents({ user_id: player.id }, otherToken);

    expect(response.status).toBe(200);
    expect(response.body.total).toBe(0);
  });

  it.each([
    ['type', { type: 'coffee_break' }],
    ['user_id', { user_id: 'not-a-uuid' }],
    ['from', { from: 'yesterday' }],
    ['per_page', { per_page: '1000' }],
    ['page', { page: '0' }],
    ['page', { page: '99999999999999999999' }],
  ])('rejects a bad %s', async (field, query) => {
    const response = await listEvents(query);

    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields)).toEqual([field]);
  });

  it('requires audit:read', async () => {
    const other = await createConfidentialClient(testApp, brand, { scopes: ['users:read'] });
    const token = await clientAccessToken(testApp, other.client.clientId, other.secret);

    const response = await listEvents({}, token);

    expect(response.status).toBe(403);
    expect(response.body.error).toBe('insufficient_scope');
  });
});
