import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { LISTENER_APPLICATION_NAME } from '../src/auth-server/tokens/notification-listener';
import { MIGRATIONS } from '../src/database/migrations';
import {
  BASE_URL_VARIABLE,
  databaseUrl,
  newTestDatabaseName,
  TEMPLATE_VARIABLE,
  withAdminClient,
} from './setup/test-database';

// Three Node processes compile the application with ts-node before they listen.
jest.setTimeout(180_000);

const WORKERS = 2;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (server.exitCode !== null) {
      throw new Error(`The server exited with code ${server.exitCode} before it was healthy`);
    }
    try {
      if ((await fetch(`${base}/health`)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server at ${base} did not become healthy within 150 s`);
}

describe('WORKERS=2', () => {
  const baseUrl = process.env[BASE_URL_VARIABLE] as string;
  const database = newTestDatabaseName(process.env[TEMPLATE_VARIABLE] as string);
  const url = databaseUrl(baseUrl, database);
  let server: ChildProcess;
  let output = '';
  let base: string;
  let metricsUrl: string;

  function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return withAdminClient(url, async (client) => (await client.query(sql, params)).rows as T[]);
  }

  function listenerCount(): Promise<number> {
    return query<{ count: number }>(
      `SELECT count(*)::int AS count FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = $1`,
      [LISTENER_APPLICATION_NAME],
    ).then(([row]) => row.count);
  }

  beforeAll(async () => {
    // An empty database, so that the primary has every migration to apply.
    await withAdminClient(baseUrl, (client) => client.query(`CREATE DATABASE ${database}`));
    const port = await freePort();
    const metricsPort = await freePort();
    base = `http://127.0.0.1:${port}`;
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    server = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'src', 'main.ts')],
      {
        env: {
          ...process.env,
          NODE_ENV: 'test',
          PORT: String(port),
          WORKERS: String(WORKERS),
          METRICS_PORT: String(metricsPort),
          DATABASE_URL: url,
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
          KEY_ENCRYPTION_SECRET: 'cluster-test-key-encryption-secret-0123456789',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitForHealth(base, server);
    // The second worker starts after the first one listens.
    for (let attempt = 0; attempt < 600 && (await listenerCount()) < WORKERS; attempt += 1) {
      await sleep(250);
    }
  });

  afterAll(async () => {
    if (server.exitCode === null) {
      server.kill('SIGKILL');
    }
    await withAdminClient(baseUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    );
  });

  it('primary applies each migration once', async () => {
    const rows = await query<{ name: string }>('SELECT name FROM migrations ORDER BY id');

    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(output).toContain(`Applied ${MIGRATIONS.length} migrations before forking workers`);
  });

  it('every worker runs the application', async () => {
    expect(await listenerCount()).toBe(WORKERS);
  });

  it('workers create one signing key', async () => {
    const [row] = await query<{ count: number }>(
      'SELECT count(*)::int AS count FROM signing_keys WHERE active',
    );

    expect(row.count).toBe(1);
  });

  it('serves requests', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => fetch(`${base}/.well-known/jwks.json`)),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
  });

  it('primary sums the metrics of every worker', async () => {
    const response = await fetch(metricsUrl);
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/.well-known/jwks.json",status="200"} 8',
    );
    expect(text).toContain('db_pool_connections{state="max"} 40');
  });

  it('SIGTERM stops primary and workers', async () => {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    const [code] = (await exited) as [number | null];

    // PostgreSQL notices the closed connections shortly after the processes exit.
    for (let attempt = 0; attempt < 40 && (await listenerCount()) > 0; attempt += 1) {
      await sleep(50);
    }

    expect(code).toBe(0);
    expect(await listenerCount()).toBe(0);
  });
});
