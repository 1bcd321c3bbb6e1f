import { PoolClient } from 'pg';
import { EntityManager, QueryFailedError } from 'typeorm';

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
