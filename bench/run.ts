/**
 * Load scenarios for the token endpoint, introspection, the bearer guard, game rounds and
 * wallet debits, with the floors (node:http servers doing only the unavoidable crypto) and the
 * argon2id ceiling measured in the same run. Starts the built server itself on loopback
 * with the environment and Node.js options of the start:prod script and a fresh database, runs each scenario
 * with autocannon after a warm-up, prints a table with the ratios and appends it to
 * bench/RESULTS.md. Exits non-zero when any request failed or a check found lost updates; speed
 * never fails the run.
 *
 *   npm run bench                 10 s per scenario
 *   BENCH_SECONDS=1 npm run bench a smoke run, printed and not recorded
 *   BENCH_PROFILE_DIR=/tmp/prof   also writes a V8 CPU profile of each server start there
 */
import { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';

import autocannon from 'autocannon';
import { Client } from 'pg';

import { authScenarios } from './auth-scenarios';
import { FloorScenario, floorScenarios } from './floors';
import { gameScenarios } from './game-scenarios';
import { sampleRss, SERVER_CPU, startNode, startScript, stop, waitUntilReady } from './processes';
import { report, Row, Target } from './report';
import { requestJson, basicAuth, FORM, Scenario } from './scenario';
import { serverCommand } from './server-options';
import { walletScenarios } from './wallet-scenarios';

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = Math.min(1, SECONDS);
const CONNECTIONS = 32;
const BASE = `http://127.0.0.1:${PORT}`;
const BACK_OFFICE_ID = 'bench-backoffice';
const BACK_OFFICE_SECRET = randomBytes(32).toString('base64url');
const READY_TIMEOUT_MS = 60_000;
/** Shorter runs are smoke runs: their table is printed but not appended to RESULTS.md. */
const MIN_RECORDED_SECONDS = 5;

interface Server {
  child: ChildProcess;
  readyMs: number;
}

async function main(): Promise<void> {
  const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!baseUrl) {
    throw new Error(
      'Set BENCH_DATABASE_URL or DATABASE_URL to a PostgreSQL whose role may CREATE DATABASE',
    );
  }
  const loadBefore = loadavg();
  const database = `gaming_bench_${Date.now()}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${database}`);
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();

  let server: Server | undefined;
  try {
    // The first start migrates the empty database and seeds it; the second is the cold start
    // of a deployed server.
    const firstStart = await startServer(databaseUrl);
    await stop(firstStart.child);
    server = await startServer(databaseUrl);

    const rows = await runAll(server.child, databaseUrl);
    const targets = evaluate(rows, firstStart.readyMs, server.readyMs);
    report(
      SECONDS >= MIN_RECORDED_SECONDS,
      {
        loadBefore,
        loadAfter: loadavg(),
        seconds: SECONDS,
        connections: CONNECTIONS,
        serverCpu: SERVER_CPU,
      },
      rows,
      targets,
    );
    const failed = rows.filter((row) => row.non2xx > 0 || row.errors > 0 || row.problem);
    if (failed.length > 0) {
      process.stderr.write(`Requests failed in: ${failed.map((row) => row.scenario).join(', ')}\n`);
      process.exitCode = 1;
    }
  } finally {
    if (server) {
      await stop(server.child);
    }
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function startServer(databaseUrl: string): Promise<Server> {
  const started = performance.now();
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const profileArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const script = join(__dirname, '..', 'dist', 'src', 'main.js');
  const { env, nodeOptions } = serverCommand();
  const child = startNode([...profileArgs, ...nodeOptions, script], {
    ...env,
    NODE_ENV: 'development',
    PORT: String(PORT),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'warn',
    // Every request comes from 127.0.0.1, so the per-IP limit would cap the scenarios.
    RATE_LIMIT_MAX_REQUESTS: '1000000000',
    BOOTSTRAP_CLIENT_ID: BACK_OFFICE_ID,
    BOOTSTRAP_CLIENT_SECRET: BACK_OFFICE_SECRET,
  });
  await waitUntilReady(`${BASE}/health`, child, READY_TIMEOUT_MS);
  return { child, readyMs: performance.now() - started };
}

async function runAll(server: ChildProcess, databaseUrl: string): Promise<Row[]> {
  const backOffice = await requestJson<{ access_token: string }>(`${BASE}/oauth/token`, {
    headers: { authorization: basicAuth(BACK_OFFICE_ID, BACK_OFFICE_SECRET), 'content-type': FORM },
    body: 'grant_type=client_credentials',
  });
  const [clientCredentials, password, refresh, introspection, usersMe] = await authScenarios({
    base: BASE,
    backOfficeId: BACK_OFFICE_ID,
    backOfficeSecret: BACK_OFFICE_SECRET,
    connections: CONNECTIONS,
  });
  const games = await gameScenarios(BASE, backOffice.access_token, databaseUrl);
  const wallets = await walletScenarios(BASE, backOffice.access_token);
  const floors = floorScenarios();

  const rows: Row[] = [];
  rows.push(await measureFloor(floors.token));
  rows.push(await measure(clientCredentials, server));
  rows.push(await measureArgon2Ceiling());
  for (const scenario of [password, refresh, introspection]) {
    rows.push(await measure(scenario, server));
  }
  rows.push(await measureFloor(floors.verify));
  for (const scenario of [usersMe, ...games, ...wallets]) {
    rows.push(await measure(scenario, server));
  }
  return rows;
}

async function measure(scenario: Scenario, server?: ChildProcess): Promise<Row> {
  await scenario.prepare?.();
  await load(scenario, WARM_UP_SECONDS);
  await scenario.prepare?.();
  const rss = sampleRss(server?.pid);
  const result = await load(scenario, SECONDS);
  const maxRssMiB = server ? rss.stop() : (rss.stop(), undefined);
  const problem = await scenario.check?.();
  process.stderr.write(`${scenario.name}: ${Math.round(result.requests.average)} req/s\n`);
  return {
    scenario: scenario.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    maxRssMiB,
    problem,
  };
}

async function measureFloor(floor: FloorScenario): Promise<Row> {
  const child = await floor.start();
  try {
    return await measure(floor);
  } finally {
    await stop(child);
  }
}

/**
 * Measures argon2id verifies per second through the server's PasswordHasher in a process pinned
 * like the server, with the environment of the start:prod script, since its malloc settings
 * apply to the 19 MiB argon2 buffers too.
 */
async function measureArgon2Ceiling(): Promise<Row> {
  const child = startScript(
    join(__dirname, 'floors', 'argon2-ceiling.ts'),
    {
      ...serverCommand().env,
      ARGON2_SECONDS: String(Math.min(SECONDS, 5)),
      CONCURRENCY: String(CONNECTIONS),
    },
    'pipe',
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  const { verifiesPerSecond } = JSON.parse(output) as { verifiesPerSecond: number };
  return {
    scenario: `ceiling: argon2id verify through PasswordHasher (${CONNECTIONS} callers)`,
    requestsPerSecond: Math.round(verifiesPerSecond),
    p50: 0,
    p99: 0,
    non2xx: 0,
    errors: 0,
  };
}

function load(scenario: Scenario, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: seconds,
    ...scenario.options,
  });
}

function ratio(rows: Row[], name: string, base: string): number {
  const row = rows.find((candidate) => candidate.scenario === name);
  const floor = rows.find((candidate) => candidate.scenario.startsWith(base));
  return row && floor && floor.requestsPerSecond > 0
    ? row.requestsPerSecond / floor.requestsPerSecond
    : 0;
}

function evaluate(rows: Row[], firstStartMs: number, coldStartMs: number): Target[] {
  const rate = (name: string): number =>
    rows.find((row) => row.scenario === name)?.requestsPerSecond ?? 0;
  const usersMe = rows.find((row) => row.scenario === 'GET /users/me');
  const clientCredentials = ratio(rows, 'client_credentials grant', 'floor: client_credentials');
  const bearer = ratio(rows, 'GET /users/me', 'floor: bearer verify');
  const password = ratio(rows, 'password grant', 'ceiling: argon2id');
  const maxRss = Math.max(...rows.map((row) => row.maxRssMiB ?? 0));
  const percent = (value: number): string => `${(value * 100).toFixed(0)} %`;
  return [
    {
      name: 'client_credentials ÷ ES256 sign floor ≥ 50 %',
      value: percent(clientCredentials),
      met: clientCredentials >= 0.5,
    },
    { name: 'GET /users/me ÷ verify floor ≥ 50 %', value: percent(bearer), met: bearer >= 0.5 },
    {
      name: 'GET /users/me p99 < 20 ms',
      value: `${usersMe?.p99 ?? '?'} ms`,
      met: (usersMe?.p99 ?? Infinity) < 20,
    },
    {
      name: 'password grant ÷ argon2id verify rate ≥ 80 %',
      value: percent(password),
      met: password >= 0.8,
    },
    {
      name: 'refresh_token ≥ 1,000/s',
      value: `${rate('refresh_token grant')}/s`,
      met: rate('refresh_token grant') >= 1000,
    },
    {
      name: 'game rounds on 64 sessions ≥ 1,000/s',
      value: `${rate('game rounds, 64 sessions')}/s`,
      met: rate('game rounds, 64 sessions') >= 1000,
    },
    { name: 'max RSS < 250 MiB', value: `${maxRss.toFixed(0)} MiB`, met: maxRss < 250 },
    {
      name: 'cold start to ready < 3 s',
      value: `${(coldStartMs / 1000).toFixed(2)} s (first start with migrations ${(firstStartMs / 1000).toFixed(2)} s)`,
      met: coldStartMs < 3000,
    },
  ];
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
