import { createHash } from 'node:crypto';

import { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

/** Returns a statement name derived from its text, so that one name never stands for two texts. */
export function statementNameFor(text: string): string {
  return `s_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
}

/**
 * Runs a statement in `manager`'s transaction as a named prepared statement of its connection,
 * so PostgreSQL parses it once per connection in place of once per call, and returns its rows.
 * Every call with one `name` must pass the same text: pg rejects a second text for a name that
 * the connection has prepared. Errors are wrapped in QueryFailedError, as `manager.query` does.
 */
export async function queryPrepared<T>(
  manager: EntityManager,
  name: string,
  text: string,
  parameters: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner) {
    throw new Error(`Prepared statement ${name} must run in a transaction's EntityManager`);
  }
  const client = (await runner.connect()) as PoolClient;
  try {
    const result = await client.query({ name, text, values: parameters });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, parameters, error as Error);
  }
}

/**
 * Runs a statement outside any transaction as a named prepared statement, on whichever pooled
 * connection pg hands out: each connection prepares it on first use. `pool.query` keeps an error
 * listener on the connection while the statement runs, so PostgreSQL ending the connection
 * rejects this call instead of raising an unhandled error event. Errors are wrapped in
 * QueryFailedError, as `dataSource.query` does.
 */
export async function queryPreparedOnPool<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  parameters: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    const result = await pool.query({ name, text, values: parameters });
    return result.rows as T[];
  } catch (error) {
    throw new QueryFailedError(text, parameters, error as Error);
  }
}
