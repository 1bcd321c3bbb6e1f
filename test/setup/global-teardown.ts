import { rmSync } from 'node:fs';

import { BASE_URL_VARIABLE, TEMPLATE_VARIABLE, withAdminClient } from './test-database';

/** Drops the template and any database a crashed spec left behind, then stops embedded PostgreSQL. */
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
}
