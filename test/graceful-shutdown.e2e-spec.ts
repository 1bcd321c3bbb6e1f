import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';
import request, { Response } from 'supertest';

import { createAppClient, createBrand, createPlayer, PLAYER_PASSWORD } from './helpers/factories';
import { freePort } from './helpers/own-postgres';
import { acceptsConnections, ensureBuilt, ServerProcess } from './helpers/server-process';
import { startTestApp, TestApp } from './helpers/test-app';

const APPLICATION_NAME = 'graceful-shutdown-spec';

describe('graceful shutdown', () => {
  let testApp: TestApp;
  let clientId: string;
  let email: string;
  const started: ServerProcess[] = [];

  /** Starts the built server on the spec's database, or in embedded mode when `env` sets an empty DATABASE_URL. */
  async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
    const server = await ServerProcess.start({
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      KEY_ENCRYPTION_SECRET: testApp.config.KEY_ENCRYPTION_SECRET,
      DATABASE_URL: `${testApp.config.DATABASE_URL}?application_name=${APPLICATION_NAME}`,
      ...env,
    });
    started.push(server);
    return server;
  }

  /** Sends a password grant at once; a supertest request waits for its first then() to send. */
  async function passwordGrant(port: number): Promise<Response> {
    return await request(`http://127.0.0.1:${port}`).post('/oauth/token').type('form').send({
      grant_type: 'password',
      client_id: clientId,
      username: email,
      password: PLAYER_PASSWORD,
    });
  }

  /**
   * Holds an ACCESS EXCLUSIVE lock on the users table, so that a password grant waits inside the
   * server until release() is called.
   */
  async function lockUsers(): Promise<{ release(): Promise<void> }> {
    const client = new Client({ connectionString: testApp.config.DATABASE_URL });
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE users IN ACCESS EXCLUSIVE MODE');
    return {
      release: async () => {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }

  /**
   * True when a query of the server waits for a lock. The check runs on a connection outside the lock's
   * transaction, because pg_stat_activity stays the same for the length of a transaction.
   */
  async function serverWaitsForLock(): Promise<boolean> {
    const rows = await testApp.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM pg_stat_activity
       WHERE application_name = $1 AND wait_event_type = 'Lock'`,
      [APPLICATION_NAME],
    );
    return Number(rows[0].count) > 0;
  }

  async function waitUntil(condition: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await condition()) {
        return;
      }
      await sleep(100);
    }
    throw new Error(`Timed out waiting until ${what}`);
  }

  beforeAll(async () => {
    ensureBuilt();
    testApp = await startTestApp();
    const brand = await createBrand(testApp);
    clientId = (await createAppClient(testApp, brand)).clientId;
    email = (await createPlayer(testApp, brand)).email;
  }, 300_000);

  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.kill()));
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('SIGTERM with a request in flight', () => {
    let port: number;
    let server: ServerProcess;
    let inFlight: Response;
    let acceptedDuringShutdown: boolean;
    let exitCode: number | null;

    beforeAll(async () => {
      port = await freePort();
      server = await startServer({ PORT: String(port) });
      const lock = await lockUsers();
      let pending: Promise<Response>;
      try {
        pending = passwordGrant(port);
        await waitUntil(serverWaitsForLock, 'the password grant waits for the lock');
        server.signal('SIGTERM');
        await server.waitForOutput('Received SIGTERM');
        acceptedDuringShutdown = await acceptsConnections(port);
      } finally {
        await lock.release();
      }
      inFlight = await pending;
      exitCode = await server.exitCode();
    }, 60_000);

    it('stops taking new connections', () => {
      expect(acceptedDuringShutdown).toBe(false);
    });

    it('finishes the request in flight', () => {
      expect(inFlight.status).toBe(200);
      expect(typeof inFlight.body.access_token).toBe('string');
    });

    it('closes the pool and exits with 0', async () => {
      const rows = await testApp.dataSource.query<{ count: string }[]>(
        'SELECT count(*) FROM pg_stat_activity WHERE application_name = $1',
        [APPLICATION_NAME],
      );

      expect(exitCode).toBe(0);
      expect(server.output).toContain('closing the application and its database pool');
      expect(server.output).toContain('Shutdown complete');
      expect(rows).toEqual([{ count: '0' }]);
    });

    it('logs no lost connection', () => {
      expect(server.output).not.toContain('lost its connection');
    });
  });

  it('exits with 1 when the shutdown takes too long', async () => {
    const port = await freePort();
    const server = await startServer({ PORT: String(port), SHUTDOWN_TIMEOUT_SECONDS: '1' });
    const lock = await lockUsers();
    let exitCode: number | null;
    try {
      void passwordGrant(port).catch(() => undefined);
      await waitUntil(serverWaitsForLock, 'the password grant waits for the lock');
      server.signal('SIGTERM');
      exitCode = await server.exitCode();
    } finally {
      await lock.release();
    }

    expect(exitCode).toBe(1);
    expect(server.output).toContain('Shutdown did not finish within 1000 ms; exiting');
  }, 60_000);

  describe('embedded PostgreSQL', () => {
    let dataDir: string;
    let env: Record<string, string>;

    beforeAll(async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'gaming-shutdown-pg-'));
      env = {
        DATABASE_URL: '',
        EMBEDDED_PG_DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(await freePort()),
      };
    });

    afterAll(() => {
      rmSync(dataDir, { recursive: true, force: true });
    });

    function postmasterPid(): number {
      return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    }

    async function health(server: ServerProcess, port: number): Promise<number> {
      const response = await request(`http://127.0.0.1:${port}`).get('/health');
      expect(server.child.exitCode).toBeNull();
      return response.status;
    }

    it('starts after SIGKILL left PostgreSQL running', async () => {
      const port = await freePort();
      const first = await startServer({ ...env, PORT: String(port) });
      const leftover = postmasterPid();
      first.signal('SIGKILL');
      await first.exitCode();

      const second = await startServer({ ...env, PORT: String(port) });

      expect(await health(second, port)).toBe(200);
      expect(postmasterPid()).not.toBe(leftover);
      second.signal('SIGTERM');
      expect(await second.exitCode()).toBe(0);
    }, 300_000);

    it('starts after SIGKILL of both processes left a stale postmaster.pid', async () => {
      const port = await freePort();
      const first = await startServer({ ...env, PORT: String(port) });
      const postgresPid = postmasterPid();
      first.signal('SIGKILL');
      await first.exitCode();
      process.kill(postgresPid, 'SIGKILL');
      await waitUntil(
        () => Promise.resolve(!existsSync(`/proc/${postgresPid}`)),
        'PostgreSQL is gone',
      );
      // Backends notice the death of their postmaster and exit on their own.
      await sleep(2000);

      const second = await startServer({ ...env, PORT: String(port) });

      expect(await health(second, port)).toBe(200);
      second.signal('SIGTERM');
      expect(await second.exitCode()).toBe(0);
    }, 300_000);

    it('stops PostgreSQL last on SIGTERM', async () => {
      const port = await freePort();
      const server = await startServer({ ...env, PORT: String(port) });
      const postgresPid = postmasterPid();

      server.signal('SIGTERM');

      expect(await server.exitCode()).toBe(0);
      expect(server.output).not.toContain('lost its connection');
      expect(existsSync(`/proc/${postgresPid}`)).toBe(false);
      expect(existsSync(join(dataDir, 'postmaster.pid'))).toBe(false);
    }, 300_000);
  });
});
