import { CLOCK_SKEW_LEEWAY } from './token.constants';
import { VerifiedTokenCache } from './verified-token-cache';

describe('VerifiedTokenCache', () => {
  it('returns stored claims before expiry', () => {
    const cache = new VerifiedTokenCache<{ exp: number }>(10);
    cache.set('a', { exp: 1000 });

    expect(cache.get('a', 999)).toEqual({ exp: 1000 });
  });

  it('keeps claims through the clock-skew leeway', () => {
    const cache = new VerifiedTokenCache<{ exp: number }>(10);
    cache.set('a', { exp: 1000 });

    expect(cache.get('a', 1000 + CLOCK_SKEW_LEEWAY - 1)).toBeDefined();
  });

  it('drops claims past expiry and leeway', () => {
    const cache = new VerifiedTokenCache<{ exp: number }>(10);
    cache.set('a', { exp: 1000 });

    expect(cache.get('a', 1000 + CLOCK_SKEW_LEEWAY)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('evicts the oldest entry when full', () => {
    const cache = new VerifiedTokenCache<{ exp: number }>(2);
    cache.set('a', { exp: 1000 });
    cache.set('b', { exp: 1000 });
    cache.set('c', { exp: 1000 });

    expect(cache.get('a', 0)).toBeUndefined();
    expect(cache.get('b', 0)).toBeDefined();
    expect(cache.get('c', 0)).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it('keys tokens by SHA-256, not by the token itself', () => {
    const key = VerifiedTokenCache.keyOf('header.claims.signature');

    expect(key).not.toContain('claims');
    expect(key).toHaveLength(43);
  });
});
