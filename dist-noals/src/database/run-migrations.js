"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runPendingMigrations = runPendingMigrations;
const typeorm_1 = require("typeorm");
const data_source_options_1 = require("./data-source-options");
/** Applies pending migrations, each in its own transaction, and returns their names. */
async function runPendingMigrations(url) {
    const dataSource = new typeorm_1.DataSource({ ...(0, data_source_options_1.dataSourceOptions)(url), extra: { max: 2 } });
    await dataSource.initialize();
    try {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        return applied.map((migration) => migration.name);
    }
    finally {
        await dataSource.destroy();
    }
}
//# sourceMappingURL=run-migrations.js.map