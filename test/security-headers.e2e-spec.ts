import request, { Response } from 'supertest';

import { startTestApp, TestApp } from './helpers/test-app';

function expectSecurityHeaders(response: Response): void {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(response.headers['referrer-policy']).toBe('no-referrer');
  expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(response.headers['x-permitted-cross-domain-policies']).toBe('none');
  expect(response.headers['x-powered-by']).toBeUndefined();
}

describe('security headers', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  }, 30_000);

  it.each([
    ['a public route', '/.well-known/jwks.json', 200],
    ['a protected route', '/users/me', 401],
    ['an unknown path', '/no-such-path', 404],
    ['Swagger UI', '/docs', 200],
  ])('are on %s', async (_name, path, status) => {
    const response = await request(testApp.server).get(path);

    expect(response.status).toBe(status);
    expectSecurityHeaders(response);
  });

  it('are on token endpoint errors', async () => {
    const response = await request(testApp.server).post('/oauth/token').type('form').send({});

    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
  });

  it('are on 405 answers', async () => {
    const response = await request(testApp.server).delete('/wallet');

    expect(response.status).toBe(405);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('are on malformed URLs', async () => {
    const response = await request(testApp.server).get('/clients/%ZZ');

    expect(response.status).toBe(400);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leave out HSTS over plain HTTP', async () => {
    const response = await request(testApp.server).get('/health');

    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('leave out HSTS for an untrusted X-Forwarded-Proto', async () => {
    const response = await request(testApp.server).get('/health').set('X-Forwarded-Proto', 'https');

    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('HSTS behind a trusted proxy', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ TRUST_PROXY: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  }, 30_000);

  it('is sent when the proxy received HTTPS', async () => {
    const response = await request(testApp.server).get('/health').set('X-Forwarded-Proto', 'https');

    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('is sent on errors too', async () => {
    const response = await request(testApp.server)
      .get('/users/me')
      .set('X-Forwarded-Proto', 'https');

    expect(response.status).toBe(401);
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('is left out when the proxy received HTTP', async () => {
    const response = await request(testApp.server).get('/health').set('X-Forwarded-Proto', 'http');

    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});
