import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';

import {
  BASE_URL_VARIABLE,
  databaseUrl,
  newTestDatabaseName,
  TEMPLATE_VARIABLE,
  withAdminClient,
} from './setup/test-database';

const BACK_OFFICE_ID = 'log-check-backoffice';
const BACK_OFFICE_SECRET = randomBytes(32).toString('base64url');
const PLAYER_PASSWORD = `pw-${randomBytes(12).toString('hex')}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs the server as its own process with every log level on, drives a whole session through it,
 * and reads what it printed: no token, secret, password or Authorization header may appear.
 */
describe('server output', () => {
  const output: string[] = [];
  const secrets: string[] = [PLAYER_PASSWORD, BACK_OFFICE_SECRET];
  let server: ChildProcess;
  let base: string;
  let database: string;

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${base}${path}`, init);
  }

  async function form(
    path: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ) {
    const response = await call(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  }

  beforeAll(async () => {
    const baseUrl = process.env[BASE_URL_VARIABLE] as string;
    const template = process.env[TEMPLATE_VARIABLE] as string;
    database = newTestDatabaseName(template);
    await withAdminClient(baseUrl, (client) =>
      client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`),
    );

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(__dirname, '..', 'src', 'main.ts')],
      {
        env: {
          ...process.env,
          NODE_ENV: 'development',
          SEED_DEMO: 'false',
          LOG_LEVEL: 'trace',
          PORT: String(port),
          DATABASE_URL: databaseUrl(baseUrl, database),
          BOOTSTRAP_CLIENT_ID: BACK_OFFICE_ID,
          BOOTSTRAP_CLIENT_SECRET: BACK_OFFICE_SECRET,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

    for (let attempt = 0; attempt < 240; attempt++) {
      if (
        await call('/health').then(
          (response) => response.ok,
          () => false,
        )
      ) {
        break;
      }
      await sleep(250);
    }
  }, 90_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await withAdminClient(process.env[BASE_URL_VARIABLE] as string, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    );
  });

  it('holds no secret after a whole session', async () => {
    const basic = `Basic ${Buffer.from(`${BACK_OFFICE_ID}:${BACK_OFFICE_SECRET}`).toString('base64')}`;
    secrets.push(basic.slice(6));
    const backOffice = await form(
      '/oauth/token',
      { grant_type: 'client_credentials' },
      { authorization: basic },
    );
    expect(backOffice.status).toBe(200);
    secrets.push(backOffice.body.access_token);
    const adminHeaders = {
      authorization: `Bearer ${backOffice.body.access_token}`,
      'content-type': 'application/json',
    };

    const app = await call('/clients', {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({
        client_id: 'log-check-app',
        name: 'App',
        type: 'public',
        grant_types: ['password', 'refresh_token', 'activation_code'],
        scopes: ['profile:read'],
      }),
    });
    expect(app.status).toBe(201);
    const player = await call('/users', {
      method: 'POST',
      headers: adminHeaders,
      body: JSON.stringify({
        email: 'log.check@example.test',
        password: PLAYER_PASSWORD,
        first_name: 'Log',
        last_name: 'Check',
        birthday: '1990-01-01',
        gender: 'other',
        country: 'MT',
        currency: 'EUR',
        language: 'en',
        accepted_terms: true,
      }),
    });
    expect(player.status).toBe(201);

    const login = {
      grant_type: 'password',
      client_id: 'log-check-app',
      username: 'log.check@example.test',
    };
    expect((await form('/oauth/token', { ...login, password: `${PLAYER_PASSWORD}x` })).status).toBe(
      400,
    );
    const session = await form('/oauth/token', { ...login, password: PLAYER_PASSWORD });
    expect(session.status).toBe(200);
    secrets.push(session.body.access_token, session.body.refresh_token);

    const refresh = {
      grant_type: 'refresh_token',
      client_id: 'log-check-app',
      refresh_token: session.body.refresh_token,
    };
    const rotated = await form('/oauth/token', refresh);
    secrets.push(rotated.body.access_token, rotated.body.refresh_token);
    expect((await form('/oauth/token', refresh)).status).toBe(400);

    await call('/users/me', { headers: { authorization: `Bearer ${rotated.body.access_token}` } });
    await call(`/users/me?access_token=${session.body.access_token}`);
    await form(
      '/oauth/token',
      { grant_type: 'client_credentials' },
      { authorization: `Basic ${Buffer.from(`${BACK_OFFICE_ID}:wrong`).toString('base64')}` },
    );
    await sleep(300);

    const printed = output.join('');
    expect(printed).toContain('"msg":"refresh_token_reused"');
    expect(printed).toContain('"msg":"client_authentication_failed"');
    for (const secret of secrets) {
      expect(printed.includes(secret)).toBe(false);
    }
    expect(printed).not.toMatch(/"authorization"/i);
    expect(printed).not.toMatch(/bearer ey/i);
  });

  it('holds no activation code or email', async () => {
    const email = `log.activation.${randomBytes(4).toString('hex')}@example.test`;
    const registration = await call('/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: 'log-check-app',
        email,
        password: PLAYER_PASSWORD,
        first_name: 'Log',
        last_name: 'Activation',
        birthday: '1990-01-01',
        gender: 'other',
        country: 'MT',
        currency: 'EUR',
        language: 'en',
        address: '1 Log Street',
        city: 'Valletta',
        postcode: 'VLT 1000',
        mobile_code: '+356',
        mobile_number: '79111222',
        accepted_terms: true,
        receive_news: false,
        receive_sms: false,
      }),
    });
    expect(registration.status).toBe(201);
    const connectionString = databaseUrl(process.env[BASE_URL_VARIABLE] as string, database);
    const client = new Client({ connectionString });
    await client.connect();
    const { rows } = await client
      .query<{ code: string }>(
        `SELECT data->>'code' AS code FROM outbound_messages WHERE recipient = $1`,
        [email],
      )
      .finally(() => client.end());
    const code = rows[0].code;

    const redeem = { grant_type: 'activation_code', client_id: 'log-check-app', code };
    expect((await form('/oauth/token', redeem)).status).toBe(200);
    expect((await form('/oauth/token', redeem)).status).toBe(400);
    await sleep(300);

    const printed = output.join('');
    expect(printed.includes(code)).toBe(false);
    expect(printed.includes(email)).toBe(false);
    expect(printed).toContain('"msg":"player_registered"');
    expect(printed).toContain('"msg":"player_activated"');
  });
});
