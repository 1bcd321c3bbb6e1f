"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const typeorm_1 = require("typeorm");
const data_source_options_1 = require("./src/database/data-source-options");
const url = process.env.DATABASE_URL;
if (!url) {
    throw new Error('DATABASE_URL is not set: the TypeORM CLI needs postgres://user@host:port/database');
}
/** The DataSource the TypeORM CLI uses for migration:generate, migration:run and revert. */
exports.default = new typeorm_1.DataSource((0, data_source_options_1.dataSourceOptions)(url));
//# sourceMappingURL=ormconfig.js.map