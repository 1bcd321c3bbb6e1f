import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations, each in its own transaction, and returns their names. */
export async function runPendingMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(url), extra: { max: 2 } });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
