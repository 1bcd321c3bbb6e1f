import { loadConfig } from './app-config';

const RANGE_MESSAGE =
  'DEPOSIT_LIMIT_COOLING_OFF_SECONDS must be a number of seconds between 0 and 2592000';

describe('loadConfig deposit limits', () => {
  it('defaults cooling-off to 24 hours', () => {
    expect(loadConfig({}).DEPOSIT_LIMIT_COOLING_OFF_SECONDS).toBe(86_400);
  });

  it('accepts zero cooling-off', () => {
    expect(
      loadConfig({ DEPOSIT_LIMIT_COOLING_OFF_SECONDS: '0' }).DEPOSIT_LIMIT_COOLING_OFF_SECONDS,
    ).toBe(0);
  });

  it.each(['-1', '2592001', '1.5', 'a day'])('rejects cooling-off %s', (value) => {
    expect(() => loadConfig({ DEPOSIT_LIMIT_COOLING_OFF_SECONDS: value })).toThrow(RANGE_MESSAGE);
  });
});
