import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

/** Where the e2e tests keep the base URL and template name between global setup and the specs. */
export const BASE_URL_VARIABLE = 'TEST_PG_BASE_URL';
export const TEMPLATE_VARIABLE = 'TEST_PG_TEMPLATE';

/**
 * Returns a new name for a spec's own database. The names share the template's PID so that the
 * global teardown can drop any that a crashed spec left behind.
 */
export function newTestDatabaseName(template: string): string {
  const pid = template.replace('gaming_test_template_', '');
  return `gaming_test_${pid}_${randomBytes(6).toString('hex')}`;
}

/** Returns the URL with its database name replaced. */
export function databaseUrl(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs statements on the server's maintenance connection (the base URL's own database). */
export async function withAdminClient<T>(
  baseUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
