/**
 * Sends FUZZ_RUNS generated requests (10,000 by default) to every route of the OpenAPI document
 * and prints the count per status and every response that broke the contract. Starts its own
 * application on a fresh database: the PostgreSQL of TEST_DATABASE_URL or DATABASE_URL, or else
 * an embedded one in a temporary folder. Exits with 1 when any response broke the contract.
 *
 *   npm run fuzz
 *   FUZZ_RUNS=2000 FUZZ_SEED=7 npm run fuzz
 */
import 'reflect-metadata';

import { createServer } from 'node:net';

import fc from 'fast-check';

import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { startTestApp } from '../helpers/test-app';
import { Campaign, FuzzFailure } from './campaign';

async function main(): Promise<void> {
  const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  if (!process.env.TEST_DATABASE_URL && !process.env.DATABASE_URL) {
    process.env.TEST_EMBEDDED_PG_PORT ??= String(await freePort());
  }

  await globalSetup();
  const testApp = await startTestApp();
  const started = Date.now();
  try {
    const campaign = await Campaign.start(testApp);
    process.stdout.write(`Sending ${runs} requests with seed ${seed}\n`);
    for (const fuzzRequest of fc.sample(campaign.requests, { seed, numRuns: runs })) {
      await campaign.run(fuzzRequest);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    process.stdout.write(`\nStatus counts after ${campaign.sent} requests in ${seconds} s:\n`);
    process.stdout.write(`${campaign.summary()}\n`);
    process.stdout.write(`Responses that broke the contract: ${campaign.failures.length}\n`);
    for (const [problems, failures] of groupByProblems(campaign.failures)) {
      const [first] = failures;
      process.stdout.write(
        `\n${failures.length} x ${problems}\n  e.g. ${first.request}\n  -> ${first.status} ${first.body}\n`,
      );
    }
    process.exitCode = campaign.failures.length > 0 ? 1 : 0;
  } finally {
    await testApp.close();
    await globalTeardown();
  }
}

/** Failures grouped by status and problem list, so that one cause prints once. */
function groupByProblems(failures: FuzzFailure[]): Map<string, FuzzFailure[]> {
  const groups = new Map<string, FuzzFailure[]>();
  for (const failure of failures) {
    const key = `${failure.status}: ${failure.problems.join('; ')}`;
    groups.set(key, [...(groups.get(key) ?? []), failure]);
  }
  return groups;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `Fuzz run failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
