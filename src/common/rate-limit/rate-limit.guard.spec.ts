import { ExecutionContext, HttpException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { AppConfig } from '../../config/app-config';
import { SlowDownError } from '../errors/oauth.errors';
import { MemoryCounterStore } from './memory-counter-store';
import { RateLimitGuard, RateLimitPolicy } from './rate-limit.guard';

function contextFor(url: string, headers: Record<string, string>): ExecutionContext {
  const reply = {
    header(name: string, value: string) {
      headers[name] = value;
      return reply;
    },
  };
  return {
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({
      getRequest: () => ({ url, ip: '192.0.2.1' }),
      getResponse: () => reply,
    }),
  } as unknown as ExecutionContext;
}

describe('RateLimitGuard', () => {
  const store = new MemoryCounterStore();
  const policy: RateLimitPolicy = { bucket: 'test', maxRequests: 1, windowSeconds: 60 };
  const reflector = { getAllAndOverride: () => policy } as unknown as Reflector;
  const guard = new RateLimitGuard(reflector, store, new AppConfig());

  afterAll(() => {
    store.onModuleDestroy();
  });

  beforeEach(async () => {
    await store.delete('rate:test:192.0.2.1');
  });

  it('allows requests within limit', async () => {
    const headers: Record<string, string> = {};

    await expect(guard.canActivate(contextFor('/users', headers))).resolves.toBe(true);
    expect(headers['RateLimit-Remaining']).toBe('0');
  });

  it('API route past limit is HttpException 429', async () => {
    const headers: Record<string, string> = {};
    await guard.canActivate(contextFor('/users', headers));

    const rejection = guard.canActivate(contextFor('/users', headers));

    await expect(rejection).rejects.toBeInstanceOf(HttpException);
    await expect(rejection).rejects.toMatchObject({ status: 429 });
    expect(headers['Retry-After']).toBe('60');
  });

  it('OAuth route past limit is slow_down', async () => {
    const headers: Record<string, string> = {};
    await guard.canActivate(contextFor('/oauth/revoke', headers));

    const rejection = guard.canActivate(contextFor('/oauth/revoke', headers));

    await expect(rejection).rejects.toBeInstanceOf(SlowDownError);
  });
});
