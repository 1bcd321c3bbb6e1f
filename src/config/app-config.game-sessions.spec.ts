import { loadConfig } from './app-config';

const IDLE_MESSAGE = 'GAME_SESSION_IDLE_SECONDS must be a number of seconds between 1 and 604800';
const INTERVAL_MESSAGE =
  'GAME_SESSION_EXPIRY_INTERVAL_SECONDS must be a number of seconds between 0 and 86400';

describe('loadConfig game sessions', () => {
  it('defaults idle time to 30 minutes', () => {
    expect(loadConfig({}).GAME_SESSION_IDLE_SECONDS).toBe(1800);
  });

  it('defaults the expiry interval to a minute', () => {
    expect(loadConfig({}).GAME_SESSION_EXPIRY_INTERVAL_SECONDS).toBe(60);
  });

  it('accepts a zero interval', () => {
    const config = loadConfig({ GAME_SESSION_EXPIRY_INTERVAL_SECONDS: '0' });

    expect(config.GAME_SESSION_EXPIRY_INTERVAL_SECONDS).toBe(0);
  });

  it.each(['0', '604801', '1.5', 'an hour'])('rejects idle time %s', (value) => {
    expect(() => loadConfig({ GAME_SESSION_IDLE_SECONDS: value })).toThrow(IDLE_MESSAGE);
  });

  it.each(['-1', '86401', 'often'])('rejects interval %s', (value) => {
    expect(() => loadConfig({ GAME_SESSION_EXPIRY_INTERVAL_SECONDS: value })).toThrow(
      INTERVAL_MESSAGE,
    );
  });
});
