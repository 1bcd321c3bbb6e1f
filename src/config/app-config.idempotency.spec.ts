import { loadConfig } from './app-config';

describe('loadConfig idempotency keys', () => {
  it('applies defaults', () => {
    const config = loadConfig({});

    expect(config.IDEMPOTENCY_KEY_TTL).toBe(86_400);
    expect(config.IDEMPOTENCY_LOCK_TIMEOUT).toBe(300);
  });

  it('parses both from strings', () => {
    const config = loadConfig({ IDEMPOTENCY_KEY_TTL: '3600', IDEMPOTENCY_LOCK_TIMEOUT: '60' });

    expect(config.IDEMPOTENCY_KEY_TTL).toBe(3600);
    expect(config.IDEMPOTENCY_LOCK_TIMEOUT).toBe(60);
  });

  it.each(['59', '2592001', 'day'])('rejects key TTL %s', (value) => {
    expect(() => loadConfig({ IDEMPOTENCY_KEY_TTL: value })).toThrow(
      'IDEMPOTENCY_KEY_TTL must be a number of seconds between 60 and 2592000',
    );
  });

  it.each(['9', '86401', 'soon'])('rejects lock timeout %s', (value) => {
    expect(() => loadConfig({ IDEMPOTENCY_LOCK_TIMEOUT: value })).toThrow(
      'IDEMPOTENCY_LOCK_TIMEOUT must be a number of seconds between 10 and 86400',
    );
  });
});
