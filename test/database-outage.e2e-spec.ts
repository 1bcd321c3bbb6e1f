import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { Client } from 'pg';
import request, { Response } from 'supertest';

import { requestPasswordGrant } from './helpers/access-tokens';
import { createPlayer } from './helpers/factories';
import { OwnPostgres } from './helpers/own-postgres';
import { createFundedPlayer, createPaymentsBrand, PaymentsBrand, Player } from './helpers/payments';
import { TestApp } from './helpers/test-app';
import { SESSION_REVOKED_CHANNEL } from '../src/auth-server/tokens/token.constants';

/** Parallel request loops of the load; each sends one request at a time. */
const LOAD_WORKERS = 4;
/** Bounds of the load, whatever happens to PostgreSQL. */
const MAX_LOAD_REQUESTS = 4000;
const MAX_LOAD_MS = 60_000;
/** How long the load runs against a stopped PostgreSQL. */
const OUTAGE_MS = 3000;
/** Maximum wait for a 200 once PostgreSQL is back. A longer wait fails the spec. */
const RECOVERY_DEADLINE_MS = 30_000;
const WITHDRAWAL = 100;

type Kind = 'wallet' | 'withdrawal' | 'adjustment' | 'token';

interface Sample {
  kind: Kind;
  startedAt: number;
  endedAt: number;
  status: number;
  retryAfter?: string;
  error?: string;
}

interface Timeline {
  stopping: number;
  stopped: number;
  restarting: number;
  restarted: number;
}

describe('PostgreSQL outage', () => {
  let postgres: OwnPostgres;
  let testApp: TestApp;
  let baseUrl: string;
  let setup: PaymentsBrand;
  let players: Player[];
  let revokedToken: string;
  let samples: Sample[];
  let timeline: Timeline;
  let during: {
    health: Response;
    validToken: Response;
    garbageToken: Response;
    revokedToken: Response;
  };
  let recoveryMs: number;

  function send(kind: Kind, index: number): Promise<Response> {
    const player = players[index % players.length];
    switch (kind) {
      case 'wallet':
        return request(baseUrl).get('/wallet').auth(player.token, { type: 'bearer' });
      case 'withdrawal':
        return request(baseUrl)
          .post('/transactions')
          .auth(player.token, { type: 'bearer' })
          .send({ type: 'withdrawal', method_id: setup.withdrawalMethodId, amount: WITHDRAWAL });
      case 'adjustment':
        return request(baseUrl)
          .post(`/wallets/${player.user.id}/adjustments`)
          .auth(setup.backOfficeToken, { type: 'bearer' })
          .send({ balance: 'real', amount: 50, reason: 'outage test' });
      case 'token':
        return requestPasswordGrant(testApp, setup.appClientId, player.user.email);
    }
  }

  /** Sends requests from LOAD_WORKERS loops until `done` resolves or a bound is reached. */
  async function runLoad(done: Promise<void>): Promise<Sample[]> {
    const recorded: Sample[] = [];
    const deadline = Date.now() + MAX_LOAD_MS;
    let finished = false;
    void done.then(() => (finished = true));
    const kinds: Kind[] = ['wallet', 'withdrawal', 'adjustment', 'wallet', 'token'];

    const worker = async (workerIndex: number): Promise<void> => {
      for (let index = workerIndex; !finished; index += LOAD_WORKERS) {
        if (recorded.length >= MAX_LOAD_REQUESTS || Date.now() > deadline) {
          return;
        }
        const kind = kinds[index % kinds.length];
        const startedAt = Date.now();
        const response = await send(kind, index);
        recorded.push({
          kind,
          startedAt,
          endedAt: Date.now(),
          status: response.status,
          retryAfter: response.headers['retry-after'],
          error: (response.body as { error?: string }).error,
        });
      }
    };
    await Promise.all(Array.from({ length: LOAD_WORKERS }, (_unused, index) => worker(index)));
    return recorded;
  }

  async function waitForRecovery(since: number): Promise<number> {
    const player = players[0];
    while (Date.now() - since < RECOVERY_DEADLINE_MS) {
      const response = await request(baseUrl).get('/wallet').auth(player.token, { type: 'bearer' });
      if (response.status === 200) {
        return Date.now() - since;
      }
      await sleep(50);
    }
    throw new Error(`The service did not recover within ${RECOVERY_DEADLINE_MS} ms`);
  }

  function walletRequest(token: string): Promise<Response> {
    return request(baseUrl).get('/wallet').auth(token, { type: 'bearer' });
  }

  beforeAll(async () => {
    postgres = await OwnPostgres.create();
    testApp = await postgres.startApp({ LOG_LEVEL: 'error' });
    await testApp.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(testApp.server.address() as AddressInfo).port}`;

    setup = await createPaymentsBrand(testApp);
    players = [
      await createFundedPlayer(testApp, setup, 1_000_000),
      await createFundedPlayer(testApp, setup, 1_000_000),
    ];
    const revokedPlayer = await createPlayer(testApp, setup.brand);
    const login = await requestPasswordGrant(testApp, setup.appClientId, revokedPlayer.email);
    revokedToken = login.body.access_token as string;
    await request(baseUrl)
      .post('/oauth/revoke')
      .type('form')
      .send({ client_id: setup.appClientId, token: login.body.refresh_token as string });

    let endLoad!: () => void;
    const loadDone = new Promise<void>((resolve) => (endLoad = resolve));
    const load = runLoad(loadDone);

    await sleep(1000);
    const stopping = Date.now();
    await postgres.stop();
    const stopped = Date.now();
    await sleep(OUTAGE_MS);
    during = {
      health: await request(baseUrl).get('/health'),
      validToken: await walletRequest(players[0].token),
      garbageToken: await walletRequest('not-a-token'),
      revokedToken: await walletRequest(revokedToken),
    };

    const restarting = Date.now();
    await postgres.start();
    const restarted = Date.now();
    recoveryMs = await waitForRecovery(restarted);
    await sleep(1000);
    endLoad();
    samples = await load;
    timeline = { stopping, stopped, restarting, restarted };
    process.stdout.write(
      `PostgreSQL outage: ${samples.length} requests, service answered again ${recoveryMs} ms ` +
        `after PostgreSQL accepted connections\n`,
    );
  }, 180_000);

  afterAll(async () => {
    await testApp?.close();
    await postgres?.dispose();
  }, 30_000);

  it('answers no 500 at any time', () => {
    const serverErrors = samples.filter(({ status }) => status >= 500 && status !== 503);

    expect(serverErrors).toEqual([]);
  });

  it('answers 503 with Retry-After while PostgreSQL is down', () => {
    const duringOutage = samples.filter(
      ({ startedAt, endedAt }) => startedAt > timeline.stopped && endedAt < timeline.restarting,
    );

    expect(duringOutage.length).toBeGreaterThan(0);
    expect(new Set(duringOutage.map(({ status }) => status))).toEqual(new Set([503]));
    expect(duringOutage.filter(({ retryAfter }) => retryAfter === undefined)).toEqual([]);
  });

  it('answers temporarily_unavailable on the token endpoint', () => {
    const tokenErrors = samples.filter(
      ({ kind, startedAt, endedAt }) =>
        kind === 'token' && startedAt > timeline.stopped && endedAt < timeline.restarting,
    );

    expect(tokenErrors.length).toBeGreaterThan(0);
    expect(new Set(tokenErrors.map(({ error }) => error))).toEqual(
      new Set(['temporarily_unavailable']),
    );
  });

  it('answers service_unavailable on the resource API', () => {
    const apiErrors = samples.filter(
      ({ kind, startedAt, endedAt }) =>
        kind !== 'token' && startedAt > timeline.stopped && endedAt < timeline.restarting,
    );

    expect(new Set(apiErrors.map(({ error }) => error))).toEqual(new Set(['service_unavailable']));
  });

  it('reports the database down on /health', () => {
    expect(during.health.status).toBe(503);
    expect(during.health.body.status).toBe('error');
    expect(during.health.body.error.database.status).toBe('down');
  });

  it('verifies unrevoked access tokens from memory', () => {
    // 503 rather than 401: the bearer guard accepted the token, and only the route needed SQL.
    expect(during.validToken.status).toBe(503);
  });

  it('rejects invalid access tokens', () => {
    expect(during.garbageToken.status).toBe(401);
    expect(during.garbageToken.body.error).toBe('invalid_token');
  });

  it('rejects access tokens of revoked sessions', () => {
    expect(during.revokedToken.status).toBe(401);
    expect(during.revokedToken.body.error).toBe('invalid_token');
  });

  it('serves requests again after the restart', () => {
    const afterRecovery = samples.filter(
      ({ startedAt }) => startedAt > timeline.restarted + recoveryMs,
    );

    expect(afterRecovery.length).toBeGreaterThan(0);
    expect(afterRecovery.filter(({ status }) => status >= 400)).toEqual([]);
  });

  it('reports the database up on /health again', async () => {
    const response = await request(baseUrl).get('/health');

    expect(response.status).toBe(200);
  });

  it('keeps every balance equal to its ledger', async () => {
    const rows = await testApp.dataSource.query<{ id: string }[]>(
      `SELECT w.id FROM wallets w LEFT JOIN ledger_entries e ON e.wallet_id = w.id
       GROUP BY w.id
       HAVING w.real_balance <> COALESCE(SUM(e.amount) FILTER (WHERE e.balance = 'real'), 0)
           OR w.bonus_balance <> COALESCE(SUM(e.amount) FILTER (WHERE e.balance = 'bonus'), 0)`,
    );

    expect(rows).toEqual([]);
  });

  it('writes a ledger entry for every withdrawal', async () => {
    const rows = await testApp.dataSource.query<{ id: string }[]>(
      `SELECT t.id FROM payment_transactions t
       WHERE t.type = 'withdrawal' AND NOT EXISTS (
         SELECT 1 FROM ledger_entries e
         WHERE e.reference_type = 'transaction' AND e.reference_id = t.id::text
       )`,
    );

    expect(rows).toEqual([]);
  });

  it('stores every acknowledged withdrawal', async () => {
    const acknowledged = samples.filter(
      ({ kind, status }) => kind === 'withdrawal' && status === 201,
    ).length;

    const [{ count }] = await testApp.dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM payment_transactions WHERE type = 'withdrawal'`,
    );

    expect(Number(count)).toBeGreaterThanOrEqual(acknowledged);
  });

  it('hears session revocations again', async () => {
    const player = await createPlayer(testApp, setup.brand);
    const login = await requestPasswordGrant(testApp, setup.appClientId, player.email);
    const token = login.body.access_token as string;
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      sid: string;
    };

    // Another instance revokes the session: only the NOTIFY can tell this one.
    const client = new Client({ connectionString: postgres.url });
    await client.connect();
    try {
      await client.query(
        `UPDATE sessions SET revoked_at = now(), revoked_reason = 'logout' WHERE id = $1`,
        [sid],
      );
      await client.query('SELECT pg_notify($1, $2)', [SESSION_REVOKED_CHANNEL, sid]);
    } finally {
      await client.end();
    }
    let response = await walletRequest(token);
    for (let attempt = 0; attempt < 50 && response.status !== 401; attempt++) {
      await sleep(100);
      response = await walletRequest(token);
    }

    expect(response.status).toBe(401);
  });
});
