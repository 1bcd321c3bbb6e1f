import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig({});

    expect(config.PORT).toBe(3000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.usesDevelopmentKeySecret).toBe(true);
    expect(config.issuer).toBe('http://localhost:3000');
  });

  it('parses numbers from strings', () => {
    expect(loadConfig({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('names an invalid port', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      'PORT must be an integer between 1 and 65535',
    );
  });

  it('lists every invalid variable', () => {
    let message = '';
    try {
      loadConfig({ PORT: '0', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as ConfigError).message;
    }

    const lines = message.split('\n');
    expect(lines).toHaveLength(3);
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(message).toContain('LOG_LEVEL');
  });

  it('requires database and key secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'DATABASE_URL is required when NODE_ENV=production\n' +
        'KEY_ENCRYPTION_SECRET is required when NODE_ENV=production',
    );
  });

  it('accepts a complete production setup', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://app@db:5432/gaming',
      KEY_ENCRYPTION_SECRET: 'x'.repeat(40),
    });

    expect(config.isProduction).toBe(true);
  });

  it('requires bootstrap id and secret together', () => {
    expect(() => loadConfig({ BOOTSTRAP_CLIENT_ID: 'backoffice' })).toThrow(
      'BOOTSTRAP_CLIENT_ID and BOOTSTRAP_CLIENT_SECRET must be set together',
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('applies limit defaults', () => {
    const config = loadConfig({});

    expect(config.MAX_LOGIN_FAILURES_PER_PLAYER).toBe(5);
    expect(config.MAX_LOGIN_FAILURES_PER_IP).toBe(20);
    expect(config.MAX_CLIENT_AUTH_FAILURES).toBe(10);
    expect(config.FAILURE_WINDOW_SECONDS).toBe(900);
    expect(config.LOCKOUT_SECONDS).toBe(900);
    expect(config.RATE_LIMIT_MAX_REQUESTS).toBe(300);
    expect(config.RATE_LIMIT_WINDOW_SECONDS).toBe(60);
  });

  it.each([
    ['MAX_LOGIN_FAILURES_PER_PLAYER', '0', 'must be a positive integer'],
    ['RATE_LIMIT_MAX_REQUESTS', 'many', 'must be a positive integer'],
    ['REDIS_URL', 'http://127.0.0.1:6379', 'must be a redis:// or rediss:// URL'],
    ['CAPTCHA_TIMEOUT_MS', '50', 'must be an integer between 100 and 30000'],
  ])('names an invalid %s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(`${name} ${message}`);
  });

  it('requires captcha URL and secret together', () => {
    expect(() => loadConfig({ CAPTCHA_VERIFY_URL: 'https://captcha.example/verify' })).toThrow(
      'CAPTCHA_VERIFY_URL and CAPTCHA_SECRET must be set together',
    );
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 127.0.0.1', ['10.0.0.0/8', '127.0.0.1']],
  ])('reads TRUST_PROXY %s', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it('names an invalid TRUST_PROXY', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow('TRUST_PROXY must be true');
  });
});
