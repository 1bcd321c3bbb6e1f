import { InvalidScopeError } from '../../common/errors/oauth.errors';
import { parseScope, resolveScope } from './scope';

describe('parseScope', () => {
  it('splits on spaces and drops duplicates', () => {
    expect(parseScope('a:b  c:d a:b')).toEqual(['a:b', 'c:d']);
  });

  it('rejects characters outside RFC 6749 scope tokens', () => {
    expect(() => parseScope('a"b')).toThrow(InvalidScopeError);
  });
});

describe('resolveScope', () => {
  const allowed = ['profile:read', 'profile:write'];

  it('falls back when none is requested', () => {
    expect(resolveScope(undefined, allowed, ['profile:read'])).toBe('profile:read');
  });

  it('falls back on a blank scope', () => {
    expect(resolveScope('  ', allowed, ['profile:read'])).toBe('profile:read');
  });

  it('grants a subset', () => {
    expect(resolveScope('profile:write', allowed, allowed)).toBe('profile:write');
  });

  it('names scopes outside the allowed set', () => {
    expect(() => resolveScope('profile:read wallet:read', allowed, allowed)).toThrow(
      new InvalidScopeError('Scope not allowed: wallet:read'),
    );
  });
});
