import request from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { clientAccessToken } from './helpers/access-tokens';
import { createAppClient, createBrand, createConfidentialClient } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** Starting an app clones a database and runs its start-up, which takes seconds on a busy machine. */
jest.setTimeout(60_000);

const ALLOWED = 'https://app.example.test';
const OTHER = 'https://evil.example.test';
const ENDPOINTS = [
  ['POST', '/oauth/token'],
  ['POST', '/oauth/revoke'],
  ['POST', '/oauth/introspect'],
  ['GET', '/.well-known/oauth-authorization-server'],
  ['GET', '/.well-known/jwks.json'],
];

describe('CORS', () => {
  let testApp: TestApp;
  let brand: BrandEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    await createAppClient(testApp, brand, { allowed_origins: [ALLOWED] });
  });

  afterAll(async () => {
    await testApp.close();
  });

  function preflight(path: string, method: string, origin: string): request.Test {
    return request(testApp.server)
      .options(path)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', method)
      .set('Access-Control-Request-Headers', 'authorization, content-type');
  }

  it.each(ENDPOINTS)('preflight of %s %s passes for an allowed origin', async (method, path) => {
    const response = await preflight(path, method, ALLOWED);

    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-allow-methods']).toContain(method);
    expect(response.headers['access-control-allow-headers']).toBe('authorization, content-type');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it.each(ENDPOINTS)(
    'preflight of %s %s gets no CORS headers for other origins',
    async (method, path) => {
      const response = await preflight(path, method, OTHER);

      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-methods']).toBeUndefined();
    },
  );

  it('token error carries CORS headers', async () => {
    const response = await request(testApp.server)
      .post('/oauth/token')
      .set('Origin', ALLOWED)
      .type('form')
      .send({ grant_type: 'password', client_id: 'no-such-client', username: 'a', password: 'b' });

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_client');
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-expose-headers']).toContain('WWW-Authenticate');
  });

  it('introspection 401 carries CORS headers', async () => {
    const response = await request(testApp.server)
      .post('/oauth/introspect')
      .set('Origin', ALLOWED)
      .type('form')
      .send({ token: 'x' });

    expect(response.status).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('other origin gets no CORS headers on a response', async () => {
    const response = await request(testApp.server)
      .get('/.well-known/oauth-authorization-server')
      .set('Origin', OTHER);

    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('origin set through the clients API applies', async () => {
    const { client: admin, secret } = await createConfidentialClient(testApp, brand);
    const token = await clientAccessToken(testApp, admin.clientId, secret);
    const partnerOrigin = 'http://127.0.0.1:8080';
    const partner = await createAppClient(testApp, brand);
    const before = await preflight('/oauth/token', 'POST', partnerOrigin);

    const updated = await request(testApp.server)
      .patch(`/clients/${partner.clientId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ allowed_origins: [partnerOrigin] });
    const response = await preflight('/oauth/token', 'POST', partnerOrigin);

    expect(before.headers['access-control-allow-origin']).toBeUndefined();
    expect(updated.status).toBe(200);
    expect(updated.body.allowed_origins).toEqual([partnerOrigin]);
    expect(response.headers['access-control-allow-origin']).toBe(partnerOrigin);
  });

  it.each([
    ['https://app.example.test/'],
    ['https://app.example.test/path'],
    ['ftp://x.test'],
    ['*'],
  ])('allowed_origins %s is rejected', async (origin) => {
    const { client: admin, secret } = await createConfidentialClient(testApp, brand);
    const token = await clientAccessToken(testApp, admin.clientId, secret);

    const response = await request(testApp.server)
      .patch(`/clients/${admin.clientId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ allowed_origins: [origin] });

    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('allowed_origins');
  });
});
