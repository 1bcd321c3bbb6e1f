import { setTimeout as sleep } from 'node:timers/promises';

import Fastify, { FastifyInstance } from 'fastify';

import { addHandlerTimeout } from './handler-timeout';

describe('addHandlerTimeout', () => {
  let fastify: FastifyInstance;
  let lateHandlerFinished: boolean;

  beforeEach(async () => {
    lateHandlerFinished = false;
    fastify = Fastify();
    addHandlerTimeout(fastify, 100);
    fastify.get('/slow', async () => {
      await sleep(400);
      lateHandlerFinished = true;
      return { done: true };
    });
    fastify.get('/fast', () => Promise.resolve({ done: true }));
    await fastify.ready();
  });

  afterEach(async () => {
    await fastify.close();
  });

  it('sends 503 for a slow handler', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/slow' });

    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ code: 'HANDLER_TIMEOUT' });
    expect(lateHandlerFinished).toBe(false);
  });

  it('answers no slow request before its deadline', async () => {
    const started = performance.now();
    const responses = await Promise.all(
      [0, 1, 2].map(() => fastify.inject({ method: 'GET', url: '/slow' })),
    );
    const elapsedMs = performance.now() - started;

    expect(responses.map((response) => response.statusCode)).toEqual([503, 503, 503]);
    expect(elapsedMs).toBeGreaterThanOrEqual(100);
  });

  it('leaves a fast handler alone', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/fast' });
    await sleep(200);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ done: true });
  });
});
