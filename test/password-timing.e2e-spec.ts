import { requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** Pairs of attempts: one unknown user and one wrong password each, interleaved. */
const PAIRS = 150;

/**
 * Largest relative difference of the median response times that still counts as the same. A
 * missing dummy hash made the medians differ by 78 %, and a loaded 2-core machine by 5 %.
 */
const TOLERANCE = 0.25;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The password grant must not tell an attacker which usernames exist, so an unknown user and a
 * wrong password cost the same argon2 verification. Compares medians, which ignore the outliers
 * that garbage collection and other processes add.
 */
describe('password grant timing', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  }, 30_000);

  it('matches for unknown user and wrong password', async () => {
    const brand = await createBrand(testApp);
    const client = await createAppClient(testApp, brand);
    const player = await createPlayer(testApp, brand);
    const timeOf = async (username: string): Promise<number> => {
      const started = process.hrtime.bigint();
      const response = await requestPasswordGrant(testApp, client.clientId, username, 'wrong-pw');
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      expect(response.body.error).toBe('invalid_grant');
      return elapsed;
    };
    // Warms up the connection pool and the JIT, whose first runs are slower.
    await timeOf(player.email);
    await timeOf('warm-up@example.test');

    const unknownUser: number[] = [];
    const wrongPassword: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      unknownUser.push(await timeOf(`nobody-${pair}@example.test`));
      wrongPassword.push(await timeOf(player.email));
    }

    const unknownMedian = median(unknownUser);
    const wrongMedian = median(wrongPassword);
    const difference = Math.abs(unknownMedian - wrongMedian) / Math.max(unknownMedian, wrongMedian);
    expect(difference).toBeLessThan(TOLERANCE);
  }, 180_000);
});
