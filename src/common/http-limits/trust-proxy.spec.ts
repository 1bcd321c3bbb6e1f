import { fastifyTrustProxy, TrustProxyFunction } from './trust-proxy';

describe('fastifyTrustProxy', () => {
  it('passes booleans and address lists through', () => {
    expect(fastifyTrustProxy(true)).toBe(true);
    expect(fastifyTrustProxy(false)).toBe(false);
    expect(fastifyTrustProxy(['10.0.0.0/8'])).toEqual(['10.0.0.0/8']);
  });

  it('trusts the nearest hops of a hop count', () => {
    const trust = fastifyTrustProxy(2) as TrustProxyFunction;

    expect(trust('127.0.0.1', 0)).toBe(true);
    expect(trust('10.0.0.1', 1)).toBe(true);
    expect(trust('203.0.113.7', 2)).toBe(false);
  });

  it('trusts no hop for a count of zero', () => {
    const trust = fastifyTrustProxy(0) as TrustProxyFunction;

    expect(trust('127.0.0.1', 0)).toBe(false);
  });
});
