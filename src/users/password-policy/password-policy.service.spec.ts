import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { COMMON_PASSWORDS } from './common-passwords';
import { PasswordPolicy } from './password-policy.service';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy();

  it('accepts a strong password', () => {
    expect(policy.check('violet-harbour-lantern')).toEqual([]);
  });

  it('rejects 7 characters', () => {
    expect(policy.check('a1b2c3d')).toEqual(['password must be at least 8 characters long']);
  });

  it('accepts 8 characters', () => {
    expect(policy.check('v1olet-h')).toEqual([]);
  });

  it('accepts 128 characters', () => {
    expect(policy.check('x'.repeat(127) + 'y')).toEqual([]);
  });

  it('rejects 129 characters', () => {
    expect(policy.check('x'.repeat(129))).toEqual(['password must be at most 128 characters long']);
  });

  it('counts an emoji once', () => {
    expect(policy.check('🎲🎲🎲🎲🎲🎲🎲')).toEqual(['password must be at least 8 characters long']);
  });

  it('rejects a common password', () => {
    expect(policy.check('Password123')).toEqual([
      'password is too common and easy to guess; choose a less predictable one',
    ]);
  });

  it('rejects the email', () => {
    expect(policy.check('Player@Example.test', { email: 'player@example.test' })).toEqual([
      'password must not be the same as the email',
    ]);
  });

  it('rejects the nickname', () => {
    expect(policy.check('lucky_player', { nickname: 'Lucky_Player' })).toEqual([
      'password must not be the same as the nickname',
    ]);
  });

  it('ignores a null nickname', () => {
    expect(policy.check('violet-harbour', { nickname: null })).toEqual([]);
  });

  it('throws on the password field', () => {
    expect(() => policy.assertAcceptable('short')).toThrow(ValidationFailedException);
  });

  it('names the field when throwing', () => {
    try {
      policy.assertAcceptable('password');
    } catch (error) {
      expect((error as ValidationFailedException).fields).toEqual({
        password: ['password is too common and easy to guess; choose a less predictable one'],
      });
    }
    expect.assertions(1);
  });
});

describe('COMMON_PASSWORDS', () => {
  it('lists only lower-case entries', () => {
    expect([...COMMON_PASSWORDS].filter((entry) => entry !== entry.toLowerCase())).toEqual([]);
  });

  it('lists only entries of 8 or more', () => {
    expect([...COMMON_PASSWORDS].filter((entry) => [...entry].length < 8)).toEqual([]);
  });

  it('stays a short list', () => {
    expect(COMMON_PASSWORDS.size).toBeLessThanOrEqual(300);
  });
});
