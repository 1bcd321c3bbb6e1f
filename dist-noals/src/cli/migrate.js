"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const run_migrations_1 = require("../database/run-migrations");
const cli_config_1 = require("./cli-config");
/**
 * Applies pending migrations: `npm run migrate` with DATABASE_URL. Runs from the built image, so
 * a deployment can migrate once before it starts the servers with RUN_MIGRATIONS=false.
 */
(0, cli_config_1.runWithConfig)('Migration', async (_config, databaseUrl) => {
    const applied = await (0, run_migrations_1.runPendingMigrations)(databaseUrl);
    return applied.length > 0
        ? `Applied ${applied.length} migrations: ${applied.join(', ')}`
        : 'The database schema is up to date';
});
//# sourceMappingURL=migrate.js.map