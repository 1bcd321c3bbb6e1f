import { runPendingMigrations } from '../database/run-migrations';
import { runWithConfig } from './cli-config';

/**
 * Applies pending migrations: `npm run migrate` with DATABASE_URL. Runs from the built image, so
 * a deployment can migrate once before it starts the servers with RUN_MIGRATIONS=false.
 */
runWithConfig('Migration', async (_config, databaseUrl) => {
  const applied = await runPendingMigrations(databaseUrl);
  return applied.length > 0
    ? `Applied ${applied.length} migrations: ${applied.join(', ')}`
    : 'The database schema is up to date';
});
