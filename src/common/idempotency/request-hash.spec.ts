import { canonicalJson, requestHash } from './request-hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 3, e: 4 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":4,"f":3}]},"b":1}',
    );
  });

  it('drops undefined fields', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}');
  });

  it('escapes strings as JSON', () => {
    expect(canonicalJson('a"b')).toBe('"a\\"b"');
  });
});

describe('requestHash', () => {
  const base = {
    method: 'POST',
    route: '/wallets/:user_id/adjustments',
    params: { user_id: 'u1' },
    body: { amount: 5, reason: 'x' },
  };

  it('ignores field order', () => {
    const reordered = { ...base, body: { reason: 'x', amount: 5 } };

    expect(requestHash(reordered)).toBe(requestHash(base));
  });

  it('differs by body', () => {
    expect(requestHash({ ...base, body: { amount: 6, reason: 'x' } })).not.toBe(requestHash(base));
  });

  it('differs by path parameter', () => {
    expect(requestHash({ ...base, params: { user_id: 'u2' } })).not.toBe(requestHash(base));
  });

  it('differs by route', () => {
    expect(requestHash({ ...base, route: '/transactions' })).not.toBe(requestHash(base));
  });

  it('returns 64 hex digits', () => {
    expect(requestHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });
});
