import { DataSourceOptions } from 'typeorm';

import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** TypeORM options shared by the application, the CLI and the test setup. Never synchronizes. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A burst of requests on one wallet queues on its row lock while holding pool connections,
    // so other requests wait for a connection. After 15 s they get 503 with Retry-After.
    extra: { max: 20, connectionTimeoutMillis: 15_000 },
  };
}
