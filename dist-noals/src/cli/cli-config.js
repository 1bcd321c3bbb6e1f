"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runWithConfig = runWithConfig;
const app_config_1 = require("../config/app-config");
/**
 * Runs a command-line task with the configuration the server would read, and prints its result.
 * Sets exit status 1 and prints the reason when the configuration is invalid, DATABASE_URL is
 * missing or the task fails.
 */
function runWithConfig(name, task) {
    void execute(task).then((message) => {
        process.stdout.write(`${message}\n`);
    }, (error) => {
        const detail = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${name} failed: ${detail}\n`);
        process.exitCode = 1;
    });
}
async function execute(task) {
    let config;
    try {
        config = (0, app_config_1.loadConfig)(process.env);
    }
    catch (error) {
        if (error instanceof app_config_1.ConfigError) {
            throw new Error(`invalid configuration:\n${error.message}`);
        }
        throw error;
    }
    if (!config.DATABASE_URL) {
        throw new Error('DATABASE_URL is not set; point it at the database the server uses');
    }
    return task(config, config.DATABASE_URL);
}
//# sourceMappingURL=cli-config.js.map