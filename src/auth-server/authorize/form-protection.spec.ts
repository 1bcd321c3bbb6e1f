import { loadConfig } from '../../config/app-config';
import { FormProtection, readCookie } from './form-protection';

function protection(secret = 'form-protection-test-secret-0123456789'): FormProtection {
  return new FormProtection(loadConfig({ NODE_ENV: 'test', KEY_ENCRYPTION_SECRET: secret }));
}

describe('FormProtection', () => {
  const forms = protection();
  const secret = forms.newSecret();

  it('accepts the token of the cookie secret', () => {
    expect(forms.isValidCsrfToken(secret, forms.csrfToken(secret))).toBe(true);
  });

  it('rejects the token of another secret', () => {
    expect(forms.isValidCsrfToken(secret, forms.csrfToken(forms.newSecret()))).toBe(false);
  });

  it('rejects a missing token or secret', () => {
    expect(forms.isValidCsrfToken(secret, undefined)).toBe(false);
    expect(forms.isValidCsrfToken(undefined, forms.csrfToken(secret))).toBe(false);
  });

  it('rejects tokens of another server key', () => {
    expect(
      protection('another-key-encryption-secret-0123456789').isValidCsrfToken(
        secret,
        forms.csrfToken(secret),
      ),
    ).toBe(false);
  });

  it('unseals what it sealed', () => {
    const sealed = forms.seal({ userId: 'u1' }, secret, new Date(Date.now() + 60_000));

    expect(forms.unseal<{ userId: string }>(sealed, secret)?.userId).toBe('u1');
  });

  it('rejects a sealed value under another cookie', () => {
    const sealed = forms.seal({ userId: 'u1' }, secret, new Date(Date.now() + 60_000));

    expect(forms.unseal(sealed, forms.newSecret())).toBeNull();
  });

  it('rejects an expired or altered sealed value', () => {
    const expired = forms.seal({ userId: 'u1' }, secret, new Date(Date.now() - 1));
    const sealed = forms.seal({ userId: 'u1' }, secret, new Date(Date.now() + 60_000));
    const [, signature] = sealed.split('.');
    const altered = `${Buffer.from(JSON.stringify({ userId: 'u2', exp: Date.now() + 60_000 })).toString('base64url')}.${signature}`;

    expect(forms.unseal(expired, secret)).toBeNull();
    expect(forms.unseal(altered, secret)).toBeNull();
    expect(forms.unseal('garbage', secret)).toBeNull();
  });

  it('cookie is HttpOnly and SameSite=Strict', () => {
    expect(forms.cookieHeader(secret)).toBe(
      `authorize_csrf=${secret}; Path=/oauth/authorize; HttpOnly; SameSite=Strict`,
    );
  });

  it('reads only a well-formed secret cookie', () => {
    expect(forms.cookieSecret(`a=1; authorize_csrf=${secret}; b=2`)).toBe(secret);
    expect(forms.cookieSecret('authorize_csrf=short')).toBeUndefined();
    expect(forms.cookieSecret(undefined)).toBeUndefined();
  });
});

describe('readCookie', () => {
  it('finds a cookie among others', () => {
    expect(readCookie('x=1; name=value; y=2', 'name')).toBe('value');
  });

  it('ignores a cookie whose name only ends the same', () => {
    expect(readCookie('prefix_name=1', 'name')).toBeUndefined();
  });
});
