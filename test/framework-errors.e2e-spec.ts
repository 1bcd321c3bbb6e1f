import request from 'supertest';

import { startTestApp, TestApp } from './helpers/test-app';

describe('errors raised before routing', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers a bad URL escape with 400', async () => {
    const response = await request(testApp.server).get('/clients/%ZZ');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      status: 400,
      error: 'bad_request',
      message: expect.any(String),
      request_id: response.headers['x-request-id'],
    });
  });

  it('answers an over-long path parameter with 414', async () => {
    const response = await request(testApp.server).get(`/clients/${'a'.repeat(300)}`);

    expect(response.status).toBe(414);
    expect(response.body.error).toBe('uri_too_long');
    expect(response.body.request_id).toBe(response.headers['x-request-id']);
  });

  it('answers OAuth routes with invalid_request', async () => {
    const response = await request(testApp.server).post('/oauth/%ZZ');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: expect.any(String),
    });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('hides the query string of a bad URL', async () => {
    const response = await request(testApp.server).get('/users/%zz?access_token=secret-value');

    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('secret-value');
  });

  it('rejects deeply nested JSON with 400', async () => {
    const body = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;

    const response = await request(testApp.server)
      .post('/clients')
      .set('Content-Type', 'application/json')
      .send(body);

    expect(response.status).toBe(400);
    expect(response.body.message).toBe('The request body nests deeper than 32 levels');
  });

  it('rejects an unpaired surrogate with 400', async () => {
    const response = await request(testApp.server)
      .post('/oauth/token')
      .set('Content-Type', 'application/json')
      .send('{"grant_type":"password","client_id":"xcasino\\ud800"}');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: 'The request body contains an unpaired UTF-16 surrogate',
    });
  });

  it('keeps error_description to RFC 6749 characters', async () => {
    const response = await request(testApp.server)
      .post('/oauth/token')
      .type('form')
      .send({ grant_type: 'a"b\\c\u00e9', client_id: 'x' });

    expect(response.body.error_description).toBe('Unsupported grant_type: a?b?c?');
  });
});
