import { rmSync } from 'node:fs';

import { LOG_DIR_VARIABLE } from './log-capture';
import { findSecretsInLogs } from './secret-scan';
import { BASE_URL_VARIABLE, TEMPLATE_VARIABLE, withAdminClient } from './test-database';

/**
 * Drops the template and any database a crashed spec left behind, stops embedded PostgreSQL, then
 * fails the run when a log line of any test application contains a secret.
 */
export default async function globalTeardown(): Promise<void> {
  const baseUrl = process.env[BASE_URL_VARIABLE];
  const template = process.env[TEMPLATE_VARIABLE];
  if (baseUrl && template) {
    await withAdminClient(baseUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`gaming_test_${process.pid}_%`, template],
      );
      for (const { datname } of rows) {
        await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
      }
    });
  }

  await globalThis.embeddedTestPostgres?.stop();
  if (globalThis.embeddedTestDataDir) {
    rmSync(globalThis.embeddedTestDataDir, { recursive: true, force: true });
  }
  assertNoSecretsLogged();
}

function assertNoSecretsLogged(): void {
  const directory = process.env[LOG_DIR_VARIABLE];
  if (!directory) {
    return;
  }
  const sightings = findSecretsInLogs(directory);
  if (sightings.length > 0) {
    const lines = sightings.slice(0, 20).map(({ file, line, kind }) => `${file}:${line} ${kind}`);
    throw new Error(
      `${sightings.length} log lines contain a secret; the logs are kept in ${directory}:\n${lines.join('\n')}`,
    );
  }
  rmSync(directory, { recursive: true, force: true });
}
