import fc from 'fast-check';

import { Campaign, describe as describeRequest } from './fuzz/campaign';
import { startTestApp, TestApp } from './helpers/test-app';

/** Fixed, so that CI sends the same requests on every run and a failure can be replayed. */
const SEED = 20_251_204;
const RUNS = 2000;

describe('fuzzing every OpenAPI route', () => {
  let testApp: TestApp;
  let campaign: Campaign;

  beforeAll(async () => {
    testApp = await startTestApp();
    campaign = await Campaign.start(testApp);
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  });

  it('answers every request in contract', async () => {
    await fc.assert(
      fc.asyncProperty(campaign.requests, async (fuzzRequest) => {
        const problems = await campaign.run(fuzzRequest);
        if (problems.length > 0) {
          throw new Error(`${describeRequest(fuzzRequest)}: ${problems.join('; ')}`);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );

    expect(campaign.failures).toEqual([]);
  }, 180_000);
});
