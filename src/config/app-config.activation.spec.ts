import { loadConfig } from './app-config';

describe('loadConfig activation settings', () => {
  it('defaults the code lifetime to 24 hours', () => {
    expect(loadConfig({}).ACTIVATION_CODE_TTL).toBe(86_400);
  });

  it('defaults the resend cooldown to 60 seconds', () => {
    expect(loadConfig({}).ACTIVATION_RESEND_COOLDOWN).toBe(60);
  });

  it('parses both from strings', () => {
    const config = loadConfig({ ACTIVATION_CODE_TTL: '3600', ACTIVATION_RESEND_COOLDOWN: '0' });

    expect(config.ACTIVATION_CODE_TTL).toBe(3600);
    expect(config.ACTIVATION_RESEND_COOLDOWN).toBe(0);
  });

  it.each(['60', '604801', 'one day'])('rejects a code lifetime of %p', (value) => {
    expect(() => loadConfig({ ACTIVATION_CODE_TTL: value })).toThrow(
      'ACTIVATION_CODE_TTL must be a number of seconds between 300 and 604800',
    );
  });

  it.each(['-1', '3601', '1.5'])('rejects a cooldown of %p', (value) => {
    expect(() => loadConfig({ ACTIVATION_RESEND_COOLDOWN: value })).toThrow(
      'ACTIVATION_RESEND_COOLDOWN must be a number of seconds between 0 and 3600',
    );
  });
});
