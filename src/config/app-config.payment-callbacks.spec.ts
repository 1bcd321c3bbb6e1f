import { loadConfig } from './app-config';

const SECRET_MESSAGE = 'SANDBOX_CALLBACK_SECRET must be 32 to 512 characters long';
const TOLERANCE_MESSAGE =
  'PAYMENT_CALLBACK_TOLERANCE_SECONDS must be a number of seconds between 30 and 3600';

describe('loadConfig payment callbacks', () => {
  it('leaves sandbox callbacks off by default', () => {
    expect(loadConfig({}).SANDBOX_CALLBACK_SECRET).toBeUndefined();
  });

  it('accepts a 32-character secret', () => {
    const secret = 'x'.repeat(32);

    expect(loadConfig({ SANDBOX_CALLBACK_SECRET: secret }).SANDBOX_CALLBACK_SECRET).toBe(secret);
  });

  it.each([31, 513])('rejects a %i-character secret', (length) => {
    expect(() => loadConfig({ SANDBOX_CALLBACK_SECRET: 'x'.repeat(length) })).toThrow(
      SECRET_MESSAGE,
    );
  });

  it('defaults the tolerance to 5 minutes', () => {
    expect(loadConfig({}).PAYMENT_CALLBACK_TOLERANCE_SECONDS).toBe(300);
  });

  it.each(['29', '3601', '1.5', 'soon'])('rejects tolerance %s', (value) => {
    expect(() => loadConfig({ PAYMENT_CALLBACK_TOLERANCE_SECONDS: value })).toThrow(
      TOLERANCE_MESSAGE,
    );
  });
});
