import request from 'supertest';

import { startTestApp, TestApp } from './helpers/test-app';

describe('GET /health', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('reports the database up', async () => {
    const response = await request(testApp.server).get('/health');

    expect(response.status).toBe(200);
    expect(response.body.info.database.status).toBe('up');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes a safe X-Request-Id', async () => {
    const response = await request(testApp.server).get('/health').set('X-Request-Id', 'abc-123');

    expect(response.headers['x-request-id']).toBe('abc-123');
  });
});
