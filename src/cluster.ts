import cluster, { Worker } from 'node:cluster';
import { setTimeout as sleep } from 'node:timers/promises';

import { serveClusterMetrics } from './common/metrics/cluster-metrics';
import { AppConfig } from './config/app-config';
import { runPendingMigrations } from './database/run-migrations';

/** Delay before a worker that exited unexpectedly is replaced, so a crash loop does not spin. */
const RESTART_DELAY_MS = 1000;
/** Time workers get to finish their requests after SIGTERM before they are killed. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

/** True in the process that should fork workers instead of serving requests itself. */
export function isClusterPrimary(config: AppConfig): boolean {
  return cluster.isPrimary && config.workerCount > 1;
}

/**
 * Runs the primary of a cluster: applies migrations once (unless RUN_MIGRATIONS=false), then forks
 * WORKERS workers that share the listening port, replaces workers that exit unexpectedly, and on
 * SIGTERM or SIGINT passes the signal on and waits for every worker to exit. The first worker is
 * started alone, so that the first-start seeding and key creation run in one process.
 */
export async function runClusterPrimary(
  config: AppConfig,
  databaseUrl: string,
  stopDatabase: () => Promise<void>,
): Promise<void> {
  if (config.RUN_MIGRATIONS === 'true') {
    const applied = await runPendingMigrations(databaseUrl);
    log(`Applied ${applied.length} migrations before forking workers`);
  }

  const workerEnv = { DATABASE_URL: databaseUrl, RUN_MIGRATIONS: 'false' };
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      return;
    }
    log(`Worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
    void sleep(RESTART_DELAY_MS).then(() => !stopping && cluster.fork(workerEnv));
  });

  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    stopping = true;
    await stopWorkers(signal);
    await stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  if (config.METRICS_PORT) {
    serveClusterMetrics(config.METRICS_PORT, config.HOST);
    log(`Serving the workers' metrics on ${config.HOST}:${config.METRICS_PORT}/metrics`);
  }

  try {
    await listening(cluster.fork(workerEnv));
  } catch (error) {
    stopping = true;
    throw error;
  }
  for (let index = 1; index < config.workerCount && !stopping; index += 1) {
    cluster.fork(workerEnv);
  }
  log(`Started ${config.workerCount} workers`);
}

function listening(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('listening', () => resolve());
    worker.once('exit', (code) => reject(new Error(`The first worker exited with code ${code}`)));
  });
}

async function stopWorkers(signal: NodeJS.Signals): Promise<void> {
  const workers = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  const exited = workers.map(
    (worker) => new Promise<void>((resolve) => worker.once('exit', () => resolve())),
  );
  for (const worker of workers) {
    worker.process.kill(signal);
  }

  const timeout = sleep(SHUTDOWN_TIMEOUT_MS).then(() => {
    for (const worker of workers) {
      if (!worker.isDead()) {
        log(
          `Worker ${worker.process.pid} did not exit within ${SHUTDOWN_TIMEOUT_MS} ms; killing it`,
        );
        worker.process.kill('SIGKILL');
      }
    }
  });
  await Promise.race([Promise.all(exited), timeout]);
}

function log(message: string): void {
  process.stdout.write(`[cluster primary ${process.pid}] ${message}\n`);
}
