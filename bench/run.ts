/**
 * Load scenarios for the token endpoint and the bearer guard. Starts the built server itself on
 * loopback with a fresh database, runs each scenario with autocannon after a warm-up, prints a
 * table and appends it to bench/RESULTS.md.
 *
 *   npm run bench                 10 s per scenario
 *   BENCH_SECONDS=1 npm run bench a smoke run
 */
import { execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import autocannon from 'autocannon';
import { Client } from 'pg';

import { walletScenarios } from './wallet-scenarios';

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const BASE = `http://127.0.0.1:${PORT}`;
const BACK_OFFICE_ID = 'bench-backoffice';
const BACK_OFFICE_SECRET = randomBytes(32).toString('base64url');

interface Scenario {
  name: string;
  options: Partial<autocannon.Options>;
}

interface Row {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function main(): Promise<void> {
  const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!baseUrl) {
    throw new Error(
      'Set BENCH_DATABASE_URL or DATABASE_URL to a PostgreSQL whose role may CREATE DATABASE',
    );
  }
  const database = `gaming_bench_${Date.now()}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${database}`);

  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  const server = spawn(process.execPath, [join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(PORT),
      DATABASE_URL: url.toString(),
      LOG_LEVEL: 'warn',
      // Every request comes from 127.0.0.1, so the per-IP limit would cap the scenarios.
      RATE_LIMIT_MAX_REQUESTS: '1000000000',
      BOOTSTRAP_CLIENT_ID: BACK_OFFICE_ID,
      BOOTSTRAP_CLIENT_SECRET: BACK_OFFICE_SECRET,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  try {
    await waitForHealth();
    const rows: Row[] = [];
    for (const scenario of await scenarios()) {
      await run(scenario, 1);
      rows.push(toRow(scenario.name, await run(scenario, SECONDS)));
    }
    report(rows);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function scenarios(): Promise<Scenario[]> {
  const basic = `Basic ${Buffer.from(`${BACK_OFFICE_ID}:${BACK_OFFICE_SECRET}`).toString('base64')}`;
  const login = await fetch(`${BASE}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=password&client_id=xcasino&username=demo%40xcasino.test&password=demo-player-pass',
  });
  const { access_token: accessToken } = (await login.json()) as { access_token: string };
  const backOffice = await fetch(`${BASE}/oauth/token`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token: backOfficeToken } = (await backOffice.json()) as { access_token: string };

  return [
    {
      name: 'client_credentials grant',
      options: {
        method: 'POST',
        url: `${BASE}/oauth/token`,
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials',
      },
    },
    {
      name: 'GET /users/me (bearer)',
      options: {
        method: 'GET',
        url: `${BASE}/users/me`,
        headers: { authorization: `Bearer ${accessToken}` },
      },
    },
    ...(await walletScenarios(BASE, backOfficeToken)),
  ];
}

function run(scenario: Scenario, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: seconds,
    ...scenario.options,
  });
}

function toRow(scenario: string, result: autocannon.Result): Row {
  return {
    scenario,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function report(rows: Row[]): void {
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const lines = [
    '',
    `## ${new Date().toISOString()} · commit ${commit} · Node ${process.version} · load ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} · ${SECONDS} s, ${CONNECTIONS} connections`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | non-2xx | errors |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.non2xx} | ${row.errors} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  appendFileSync(join(__dirname, 'RESULTS.md'), `${lines.join('\n')}\n`);

  const failed = rows.filter((row) => row.non2xx > 0 || row.errors > 0);
  if (failed.length > 0) {
    process.stderr.write(`Requests failed in: ${failed.map((row) => row.scenario).join(', ')}\n`);
    process.exitCode = 1;
  }
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE}/health`)).ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`The server did not become healthy on ${BASE} within 30 s`);
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

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
