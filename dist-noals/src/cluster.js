"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.isClusterPrimary = isClusterPrimary;
exports.runClusterPrimary = runClusterPrimary;
const node_cluster_1 = __importDefault(require("node:cluster"));
const promises_1 = require("node:timers/promises");
const cluster_metrics_1 = require("./common/metrics/cluster-metrics");
const run_migrations_1 = require("./database/run-migrations");
/** Delay before a worker that exited unexpectedly is replaced, so a crash loop does not spin. */
const RESTART_DELAY_MS = 1000;
/** Time workers get to finish their requests after SIGTERM before they are killed. */
const SHUTDOWN_TIMEOUT_MS = 30_000;
/** True in the process that should fork workers instead of serving requests itself. */
function isClusterPrimary(config) {
    return node_cluster_1.default.isPrimary && config.workerCount > 1;
}
/**
 * Runs the primary of a cluster: applies migrations once (unless RUN_MIGRATIONS=false), then forks
 * WORKERS workers that share the listening port, replaces workers that exit unexpectedly, and on
 * SIGTERM or SIGINT passes the signal on and waits for every worker to exit. The first worker is
 * started alone, so that the first-start seeding and key creation run in one process.
 */
async function runClusterPrimary(config, databaseUrl, stopDatabase) {
    if (config.RUN_MIGRATIONS === 'true') {
        const applied = await (0, run_migrations_1.runPendingMigrations)(databaseUrl);
        log(`Applied ${applied.length} migrations before forking workers`);
    }
    const workerEnv = { DATABASE_URL: databaseUrl, RUN_MIGRATIONS: 'false' };
    let stopping = false;
    node_cluster_1.default.on('exit', (worker, code, signal) => {
        if (stopping) {
            return;
        }
        log(`Worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
        void (0, promises_1.setTimeout)(RESTART_DELAY_MS).then(() => !stopping && node_cluster_1.default.fork(workerEnv));
    });
    const stop = async (signal) => {
        stopping = true;
        await stopWorkers(signal);
        await stopDatabase();
        process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    if (config.METRICS_PORT) {
        (0, cluster_metrics_1.serveClusterMetrics)(config.METRICS_PORT, config.HOST);
        log(`Serving the workers' metrics on ${config.HOST}:${config.METRICS_PORT}/metrics`);
    }
    try {
        await listening(node_cluster_1.default.fork(workerEnv));
    }
    catch (error) {
        stopping = true;
        throw error;
    }
    for (let index = 1; index < config.workerCount && !stopping; index += 1) {
        node_cluster_1.default.fork(workerEnv);
    }
    log(`Started ${config.workerCount} workers`);
}
function listening(worker) {
    return new Promise((resolve, reject) => {
        worker.once('listening', () => resolve());
        worker.once('exit', (code) => reject(new Error(`The first worker exited with code ${code}`)));
    });
}
async function stopWorkers(signal) {
    const workers = Object.values(node_cluster_1.default.workers ?? {}).filter((worker) => worker !== undefined);
    const exited = workers.map((worker) => new Promise((resolve) => worker.once('exit', () => resolve())));
    for (const worker of workers) {
        worker.process.kill(signal);
    }
    const timeout = (0, promises_1.setTimeout)(SHUTDOWN_TIMEOUT_MS).then(() => {
        for (const worker of workers) {
            if (!worker.isDead()) {
                log(`Worker ${worker.process.pid} did not exit within ${SHUTDOWN_TIMEOUT_MS} ms; killing it`);
                worker.process.kill('SIGKILL');
            }
        }
    });
    await Promise.race([Promise.all(exited), timeout]);
}
function log(message) {
    process.stdout.write(`[cluster primary ${process.pid}] ${message}\n`);
}
//# sourceMappingURL=cluster.js.map