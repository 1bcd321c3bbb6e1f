import 'reflect-metadata';

import { DataSource } from 'typeorm';

import { dataSourceOptions } from './src/database/data-source-options';

const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error(
    'DATABASE_URL is not set: the TypeORM CLI needs postgres://user@host:port/database',
  );
}

/** The DataSource the TypeORM CLI uses for migration:generate, migration:run and revert. */
export default new DataSource(dataSourceOptions(url));
