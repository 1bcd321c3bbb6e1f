import { AddressInfo, connect } from 'node:net';

import request from 'supertest';

import { startTestApp, TestApp } from './helpers/test-app';

/** Writes raw bytes to the server and returns everything it sends before closing. */
function exchange(testApp: TestApp, bytes: string, waitMs = 0): Promise<string> {
  const { port } = testApp.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
    socket.on('error', reject);
    socket.write(bytes);
    if (waitMs === 0) {
      socket.end();
    }
  });
}

function bodyOf(raw: string): Record<string, unknown> {
  return JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
}

describe('request limits', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({
      BODY_LIMIT_BYTES: '4096',
      JSON_MAX_DEPTH: '5',
      MAX_HEADER_BYTES: '4096',
      REQUEST_TIMEOUT_MS: '500',
    });
    await new Promise<void>((resolve) => testApp.server.listen(0, '127.0.0.1', resolve));
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  }, 30_000);

  it('answers an oversized body with 413', async () => {
    const response = await request(testApp.server)
      .post('/clients')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(5000) }));

    expect(response.status).toBe(413);
    expect(response.body).toEqual({
      status: 413,
      error: 'payload_too_large',
      message: expect.any(String),
      request_id: response.headers['x-request-id'],
    });
  });

  it('answers an oversized token request with invalid_request', async () => {
    const response = await request(testApp.server)
      .post('/oauth/token')
      .type('form')
      .send(`grant_type=password&padding=${'a'.repeat(5000)}`);

    // RFC 6749 §5.2 sends every invalid_request with 400.
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: expect.any(String),
    });
  });

  it('rejects JSON deeper than JSON_MAX_DEPTH', async () => {
    const response = await request(testApp.server)
      .post('/clients')
      .set('Content-Type', 'application/json')
      .send('{"a":{"b":{"c":{"d":{"e":{"f":1}}}}}}');

    expect(response.status).toBe(400);
    expect(response.body.message).toBe('The request body nests deeper than 5 levels');
  });

  it('accepts JSON at JSON_MAX_DEPTH', async () => {
    const response = await request(testApp.server)
      .post('/clients')
      .set('Content-Type', 'application/json')
      .send('{"a":{"b":{"c":{"d":1}}}}');

    expect(response.status).toBe(401);
  });

  it('rejects a repeated JSON key', async () => {
    const response = await request(testApp.server)
      .post('/clients')
      .set('Content-Type', 'application/json')
      .send('{"name":"a","nested":{"x":1,"x" :2}}');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      status: 400,
      error: 'bad_request',
      message: 'The request body repeats the key x',
      request_id: response.headers['x-request-id'],
    });
  });

  it('rejects a repeated key on the token endpoint', async () => {
    const response = await request(testApp.server)
      .post('/oauth/token')
      .set('Content-Type', 'application/json')
      .send('{"grant_type":"password","grant_type":"client_credentials"}');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: 'The request body repeats the key grant_type',
    });
  });

  it('accepts equal keys in different objects', async () => {
    const response = await request(testApp.server)
      .post('/clients')
      .set('Content-Type', 'application/json')
      .send('{"a":{"x":1},"b":{"x":2},"c":["x","x"],"d":"\\"x\\":"}');

    expect(response.status).toBe(401);
  });

  it('answers oversized headers with 431 in the error shape', async () => {
    const raw = await exchange(
      testApp,
      `GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ${'a'.repeat(5000)}\r\n\r\n`,
    );

    expect(raw.startsWith('HTTP/1.1 431 ')).toBe(true);
    expect(raw).toContain('X-Content-Type-Options: nosniff');
    expect(bodyOf(raw)).toEqual({
      status: 431,
      error: 'request_header_fields_too_large',
      message: 'The request headers are larger than the server accepts',
      request_id: expect.any(String),
    });
  });

  it('answers a request not sent in time with 408', async () => {
    const raw = await exchange(testApp, 'POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\n', 1);

    expect(raw.startsWith('HTTP/1.1 408 ')).toBe(true);
    expect(bodyOf(raw)).toEqual({
      status: 408,
      error: 'request_timeout',
      message: 'The request was not received in time; send it again',
      request_id: expect.any(String),
    });
  }, 10_000);

  it('answers malformed HTTP with 400 in the error shape', async () => {
    const raw = await exchange(testApp, 'GET /health HTTP/1.1\r\nBad Header\r\n\r\n');

    expect(raw.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(bodyOf(raw).error).toBe('bad_request');
  });

  it('answers an unknown method on a known path with 405', async () => {
    const response = await request(testApp.server).delete('/wallet');

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.body).toEqual({
      status: 405,
      error: 'method_not_allowed',
      message: 'DELETE is not allowed here; use GET, HEAD',
      request_id: response.headers['x-request-id'],
    });
  });

  it('answers 405 on a path with a parameter', async () => {
    const response = await request(testApp.server).put('/clients/some-client');

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD, PATCH');
  });

  it('answers GET on the token endpoint with invalid_request 405', async () => {
    const response = await request(testApp.server).get('/oauth/token');

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      error: 'invalid_request',
      error_description: 'GET is not allowed here; use POST',
    });
  });

  it('keeps 404 for unknown paths', async () => {
    const response = await request(testApp.server).get('/no-such-path');

    expect(response.status).toBe(404);
    expect(response.body.error).toBe('not_found');
  });
});
