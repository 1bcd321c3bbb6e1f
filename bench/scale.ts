/**
 * Scale-out load test: runs each scenario against one server instance, then against two
 * instances on the same database and Redis, with the same total number of connections split
 * between them. Prints a table and appends it to bench/RESULTS.md. Each instance runs one worker.
 *
 *   npm run bench:scale                   10 s per run
 *   BENCH_SECONDS=2 npm run bench:scale   a smoke run
 *
 * Needs BENCH_DATABASE_URL or DATABASE_URL (a role that may CREATE DATABASE). Uses Redis at
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379) under a key prefix of its own, which it
 * deletes at the end.
 */
import { ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import autocannon from 'autocannon';
import Redis from 'ioredis';
import { Client } from 'pg';

import { serverCommand } from './server-options';

const PORTS = [Number(process.env.BENCH_PORT ?? 3910), Number(process.env.BENCH_PORT ?? 3910) + 1];
const SECONDS = Math.min(Number(process.env.BENCH_SECONDS ?? 10), 60);
const CONNECTIONS = 32;
const WARM_UP_SECONDS = 1;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_PREFIX = `bench-scale-${randomBytes(4).toString('hex')}:`;
const BACK_OFFICE_ID = 'bench-backoffice';
const BACK_OFFICE_SECRET = randomBytes(32).toString('base64url');

interface Scenario {
  name: string;
  path: string;
  /** Request options without the URL, which depends on the instance. */
  options: Partial<autocannon.Options>;
}

interface Measurement {
  requestsPerSecond: number;
  p99: number;
  failures: number;
}

interface Row {
  scenario: string;
  one: Measurement;
  two: Measurement;
}

async function main(): Promise<void> {
  const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!baseUrl) {
    throw new Error(
      'Set BENCH_DATABASE_URL or DATABASE_URL to a PostgreSQL whose role may CREATE DATABASE',
    );
  }
  const database = `gaming_bench_scale_${Date.now()}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${database}`);
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;

  const servers: ChildProcess[] = [];
  try {
    // The first instance migrates and seeds; the second joins the database as it is.
    servers.push(startServer(PORTS[0], url.toString(), 'true'));
    await waitForHealth(PORTS[0]);
    servers.push(startServer(PORTS[1], url.toString(), 'false'));
    await waitForHealth(PORTS[1]);

    const rows: Row[] = [];
    for (const scenario of await scenarios(PORTS[0])) {
      await measure(scenario, [PORTS[0]], WARM_UP_SECONDS);
      const one = await measure(scenario, [PORTS[0]], SECONDS);
      await measure(scenario, PORTS, WARM_UP_SECONDS);
      const two = await measure(scenario, PORTS, SECONDS);
      rows.push({ scenario: scenario.name, one, two });
    }
    report(rows);
  } finally {
    for (const server of servers) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await deleteRedisKeys();
  }
}

function startServer(port: number, databaseUrl: string, runMigrations: string): ChildProcess {
  const script = join(__dirname, '..', 'dist', 'src', 'main.js');
  const { env, nodeOptions } = serverCommand();
  return spawn(process.execPath, [...nodeOptions, script], {
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'development',
      PORT: String(port),
      WORKERS: '1',
      DATABASE_URL: databaseUrl,
      RUN_MIGRATIONS: runMigrations,
      REDIS_URL,
      REDIS_KEY_PREFIX: REDIS_PREFIX,
      // Both instances must issue tokens for one issuer, as behind one load balancer.
      ISSUER: `http://127.0.0.1:${PORTS[0]}`,
      LOG_LEVEL: 'warn',
      // Every request comes from 127.0.0.1, so the per-IP limit would cap the scenarios.
      RATE_LIMIT_MAX_REQUESTS: '1000000000',
      BOOTSTRAP_CLIENT_ID: BACK_OFFICE_ID,
      BOOTSTRAP_CLIENT_SECRET: BACK_OFFICE_SECRET,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function scenarios(port: number): Promise<Scenario[]> {
  const basic = `Basic ${Buffer.from(`${BACK_OFFICE_ID}:${BACK_OFFICE_SECRET}`).toString('base64')}`;
  const login = await fetch(`http://127.0.0.1:${port}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=password&client_id=xcasino&username=demo%40xcasino.test&password=demo-player-pass',
  });
  const { access_token: accessToken } = (await login.json()) as { access_token: string };

  return [
    {
      name: 'client_credentials grant',
      path: '/oauth/token',
      options: {
        method: 'POST',
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      },
    },
    {
      name: 'GET /users/me (bearer)',
      path: '/users/me',
      options: {
        method: 'GET',
        headers: { authorization: `Bearer ${accessToken}` },
      },
    },
  ];
}

/** Loads the given instances at once, CONNECTIONS split evenly between them, and sums. */
async function measure(scenario: Scenario, ports: number[], seconds: number): Promise<Measurement> {
  const results = await Promise.all(
    ports.map((port) =>
      autocannon({
        url: `http://127.0.0.1:${port}${scenario.path}`,
        connections: CONNECTIONS / ports.length,
        duration: seconds,
        ...scenario.options,
      }),
    ),
  );
  return {
    requestsPerSecond: Math.round(
      results.reduce((sum, result) => sum + result.requests.average, 0),
    ),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    failures: results.reduce(
      (sum, result) => sum + result.non2xx + result.errors + result.timeouts,
      0,
    ),
  };
}

function report(rows: Row[]): void {
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  const lines = [
    '',
    `## Scale-out ${new Date().toISOString()} · commit ${commit} · Node ${process.version} · ${availableParallelism()} CPUs · load ${load} · ${SECONDS} s, ${CONNECTIONS} connections in total`,
    '',
    '| scenario | 1 instance req/s | p99 ms | 2 instances req/s | p99 ms | ratio | failed requests |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.one.requestsPerSecond} | ${row.one.p99} | ${row.two.requestsPerSecond} | ${row.two.p99} | ${(row.two.requestsPerSecond / row.one.requestsPerSecond).toFixed(2)} | ${row.one.failures + row.two.failures} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  appendFileSync(join(__dirname, 'RESULTS.md'), `${lines.join('\n')}\n`);

  if (rows.some((row) => row.one.failures + row.two.failures > 0)) {
    process.stderr.write('Some requests failed; see the failed requests column\n');
    process.exitCode = 1;
  }
}

async function waitForHealth(port: number): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server on port ${port} did not become healthy within 60 s`);
}

async function adminQuery(baseUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function deleteRedisKeys(): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    const keys = await redis.keys(`${REDIS_PREFIX}*`);
    if (keys.length > 0) {
      await redis.del(...keys);
    }
  } catch (error) {
    process.stderr.write(`Could not delete the bench keys in Redis: ${(error as Error).message}\n`);
  } finally {
    redis.disconnect();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
