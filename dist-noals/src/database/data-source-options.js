"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dataSourceOptions = dataSourceOptions;
const entities_1 = require("./entities");
const migrations_1 = require("./migrations");
/** TypeORM options shared by the application, the CLI and the test setup. Never synchronizes. */
function dataSourceOptions(url) {
    return {
        type: 'postgres',
        url,
        entities: entities_1.ENTITIES,
        migrations: migrations_1.MIGRATIONS,
        synchronize: false,
        migrationsRun: false,
        migrationsTransactionMode: 'each',
        // A burst of requests on one wallet queues on its row lock while holding pool connections,
        // so other requests wait for a connection. After 15 s they get 503 with Retry-After.
        extra: { max: 20, connectionTimeoutMillis: 15_000 },
    };
}
//# sourceMappingURL=data-source-options.js.map