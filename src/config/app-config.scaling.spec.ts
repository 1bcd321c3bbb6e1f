import { availableParallelism } from 'node:os';

import { loadConfig } from './app-config';

describe('loadConfig scaling settings', () => {
  it('defaults to one worker, migrations and no rotation', () => {
    const config = loadConfig({});

    expect(config.workerCount).toBe(1);
    expect(config.RUN_MIGRATIONS).toBe('true');
    expect(config.KEY_ROTATION_INTERVAL).toBe(0);
  });

  it('reads a worker count', () => {
    expect(loadConfig({ WORKERS: '4' }).workerCount).toBe(4);
  });

  it('resolves auto to the CPU count', () => {
    expect(loadConfig({ WORKERS: 'auto' }).workerCount).toBe(availableParallelism());
  });

  it.each(['0', '-1', 'many', '1000', '1.5'])('rejects WORKERS=%s', (value) => {
    expect(() => loadConfig({ WORKERS: value })).toThrow(
      'WORKERS must be auto or an integer between 1 and 999',
    );
  });

  it('rejects RUN_MIGRATIONS other than true or false', () => {
    expect(() => loadConfig({ RUN_MIGRATIONS: 'yes' })).toThrow(
      'RUN_MIGRATIONS must be true or false',
    );
  });

  it('accepts a rotation interval of an hour or more', () => {
    expect(loadConfig({ KEY_ROTATION_INTERVAL: '3600' }).KEY_ROTATION_INTERVAL).toBe(3600);
  });

  it.each(['1', '3599', '-5', 'monthly'])('rejects KEY_ROTATION_INTERVAL=%s', (value) => {
    expect(() => loadConfig({ KEY_ROTATION_INTERVAL: value })).toThrow(
      'KEY_ROTATION_INTERVAL must be 0 (off) or a number of seconds of at least 3600',
    );
  });
});
