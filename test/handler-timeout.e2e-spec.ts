import { setTimeout as sleep } from 'node:timers/promises';

import { DataSource, QueryRunner } from 'typeorm';

import { BrandEntity } from '../src/brands/brand.entity';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { UserEntity } from '../src/users/user.entity';
import { requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** Locks a player's row in a transaction of its own until `release` is called. */
async function lockPlayer(dataSource: DataSource, playerId: string): Promise<QueryRunner> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  await runner.query('SELECT id FROM users WHERE id = $1 FOR UPDATE', [playerId]);
  return runner;
}

describe('HANDLER_TIMEOUT_MS', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;
  let player: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp({ HANDLER_TIMEOUT_MS: '500' });
    brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
    player = await createPlayer(testApp, brand);
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  });

  it('answers a handler stuck on a row lock with 503', async () => {
    // The password grant starts the session with an UPDATE of the player's row, which waits for
    // the lock held here past the 500 ms timeout.
    const lock = await lockPlayer(testApp.dataSource, player.id);
    try {
      const response = await requestPasswordGrant(testApp, appClient.clientId, player.email);

      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.body).toEqual({
        error: 'temporarily_unavailable',
        error_description: 'The server did not finish the request in time; retry it',
      });
    } finally {
      await lock.rollbackTransaction();
      await lock.release();
    }
  });

  it('lets the stuck handler finish once the lock is gone', async () => {
    // The timed-out grant still commits its session after the lock is released.
    let sessions = 0;
    for (let attempt = 0; attempt < 50 && sessions === 0; attempt++) {
      const [{ count }]: { count: string }[] = await testApp.dataSource.query(
        'SELECT count(*) FROM sessions WHERE user_id = $1',
        [player.id],
      );
      sessions = Number(count);
      await sleep(100);
    }
    const response = await requestPasswordGrant(testApp, appClient.clientId, player.email);

    expect(sessions).toBe(1);
    expect(response.status).toBe(200);
  });
});
