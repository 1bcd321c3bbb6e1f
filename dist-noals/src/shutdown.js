"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shutDownOnSignals = shutDownOnSignals;
const SIGNALS = ['SIGTERM', 'SIGINT'];
/**
 * Shuts down gracefully on SIGTERM or SIGINT. The HTTP server first stops accepting connections
 * and waits for in-flight requests. Only then does the application stop its LISTEN connections,
 * write the buffered audit events and close its pool, so that no request loses the database
 * halfway. A shutdown that takes longer than `timeoutMs` ends the process with exit code 1.
 */
function shutDownOnSignals(options) {
    let shuttingDown = false;
    const onSignal = (signal) => {
        if (shuttingDown) {
            options.log(`Received ${signal} again; the shutdown is already running`);
            return;
        }
        shuttingDown = true;
        void shutDown(signal, options);
    };
    for (const signal of SIGNALS) {
        process.on(signal, onSignal);
    }
}
async function shutDown(signal, options) {
    const { log, timeoutMs } = options;
    log(`Received ${signal}: closing the HTTP server and waiting for in-flight requests`);
    setTimeout(() => {
        log(`Shutdown did not finish within ${timeoutMs} ms; exiting`);
        process.exit(1);
    }, timeoutMs).unref();
    try {
        const app = options.app();
        if (app) {
            await app.getHttpAdapter().getInstance().close();
            log('HTTP server closed; closing the application and its database pool');
            await app.close();
        }
        await options.afterClose();
    }
    catch (error) {
        log(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
    }
    log('Shutdown complete');
    process.exit(0);
}
//# sourceMappingURL=shutdown.js.map