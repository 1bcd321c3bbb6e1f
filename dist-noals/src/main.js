"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const app_factory_1 = require("./app.factory");
const bootstrap_service_1 = require("./bootstrap/bootstrap.service");
const cluster_1 = require("./cluster");
const app_config_1 = require("./config/app-config");
const embedded_postgres_1 = require("./database/embedded-postgres");
const shutdown_1 = require("./shutdown");
async function main() {
    const config = readConfig();
    let embedded;
    if (!config.DATABASE_URL) {
        embedded = new embedded_postgres_1.EmbeddedPostgres({
            dataDir: config.EMBEDDED_PG_DATA_DIR,
            port: config.EMBEDDED_PG_PORT,
            database: 'gaming',
            log: (line) => process.stderr.write(`${line}\n`),
        });
        process.stdout.write(`DATABASE_URL is not set: starting embedded PostgreSQL on 127.0.0.1:${config.EMBEDDED_PG_PORT} with data in ${config.EMBEDDED_PG_DATA_DIR}\n`);
        config.DATABASE_URL = await embedded.start();
    }
    if ((0, cluster_1.isClusterPrimary)(config)) {
        await (0, cluster_1.runClusterPrimary)(config, config.DATABASE_URL, async () => embedded?.stop());
        return;
    }
    const running = {};
    (0, shutdown_1.shutDownOnSignals)({
        app: () => running.app,
        afterClose: async () => embedded?.stop(),
        timeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
        log: (line) => process.stdout.write(`${line}\n`),
    });
    const app = await (0, app_factory_1.createApp)(config);
    running.app = app;
    if (config.usesDevelopmentKeySecret) {
        process.stdout.write('WARNING: KEY_ENCRYPTION_SECRET is not set; signing keys are encrypted with a development default\n');
    }
    const report = await app.get(bootstrap_service_1.BootstrapService).run();
    await app.listen(config.PORT, config.HOST);
    printWelcome(config, report);
}
function readConfig() {
    try {
        return (0, app_config_1.loadConfig)(process.env);
    }
    catch (error) {
        if (error instanceof app_config_1.ConfigError) {
            process.stderr.write(`Invalid configuration:\n${error.message}\n`);
            process.exit(1);
        }
        throw error;
    }
}
/** Tells the operator, once, how to use what the first start created. */
function printWelcome(config, report) {
    const base = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`;
    const lines = [`Listening on ${base} (Swagger UI: ${base}/docs)`];
    if (report.demoPlayer && report.appClientId) {
        lines.push('', `Demo brand "${report.brand}" created. Get tokens for the demo player:`, `  curl -s ${base}/oauth/token -d grant_type=password -d client_id=${report.appClientId} \\`, `    -d username=${report.demoPlayer.email} -d password=${report.demoPlayer.password}`, 'Read the profile with the access token:', `  curl -s ${base}/users/me -H "Authorization: Bearer $ACCESS_TOKEN"`, 'Refresh:', `  curl -s ${base}/oauth/token -d grant_type=refresh_token -d client_id=${report.appClientId} -d refresh_token=$REFRESH_TOKEN`);
    }
    if (report.swaggerUiClientId && report.demoPlayer) {
        lines.push('', `In Swagger UI, press Authorize and use the password flow with the pre-filled client ${report.swaggerUiClientId}:`, `  username ${report.demoPlayer.email}, password ${report.demoPlayer.password}`);
    }
    if (report.backOffice?.secret) {
        lines.push('', `Back-office client "${report.backOffice.clientId}" created. Its secret is shown only now:`, `  ${report.backOffice.secret}`, 'Get a back-office token:', `  curl -s ${base}/oauth/token -u ${report.backOffice.clientId}:<secret> -d grant_type=client_credentials`, "List the brand's clients with that token:", `  curl -s ${base}/clients -H "Authorization: Bearer $BACK_OFFICE_TOKEN"`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
}
void main().catch((error) => {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
});
//# sourceMappingURL=main.js.map