import { AddressInfo } from 'node:net';

import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import {
  createFundedPlayer,
  createPaymentsBrand,
  PaymentsBrand,
  verifyWallet,
} from './helpers/payments';
import { createRegistrationClient, registerPlayer } from './helpers/registration';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const PARALLEL_REFRESHES = 100;
const PARALLEL_REDEMPTIONS = 50;

interface Tokens {
  access_token: string;
  refresh_token: string;
}

/** Returns the http://127.0.0.1:<port> address of an instance listening on a free port. */
function baseUrlOf(testApp: TestApp): string {
  const { port } = testApp.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

function countStatuses(responses: Response[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of responses) {
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

describe('races', () => {
  let first: TestApp;
  let second: TestApp;
  let urls: string[];

  beforeAll(async () => {
    first = await startTestApp();
    second = await startSecondInstance(first);
    await first.app.listen(0, '127.0.0.1');
    await second.app.listen(0, '127.0.0.1');
    urls = [baseUrlOf(first), baseUrlOf(second)];
  }, 60_000);

  afterAll(async () => {
    await second.close();
    await first.close();
  });

  describe.each([
    ['one instance', 1],
    ['two instances', 2],
  ])('parallel refreshes through %s', (_name, instances) => {
    let brand: BrandEntity;
    let client: ClientEntity;
    let session: Tokens;
    let responses: Response[];

    function refresh(refreshToken: string, url = urls[0]): Promise<Response> {
      return request(url).post('/oauth/token').type('form').send({
        grant_type: 'refresh_token',
        client_id: client.clientId,
        refresh_token: refreshToken,
      });
    }

    beforeAll(async () => {
      brand = await createBrand(first);
      client = await createAppClient(first, brand);
      const player = await createPlayer(first, brand);
      const login = await requestPasswordGrant(first, client.clientId, player.email);
      session = login.body as Tokens;

      responses = await Promise.all(
        Array.from({ length: PARALLEL_REFRESHES }, (_unused, index) =>
          refresh(session.refresh_token, urls[index % instances]),
        ),
      );
    }, 60_000);

    it('lets exactly one succeed', () => {
      expect(countStatuses(responses)).toEqual({ 200: 1, 400: PARALLEL_REFRESHES - 1 });
    });

    it('answers invalid_grant to the rest', () => {
      const errors = new Set(
        responses.filter(({ status }) => status === 400).map(({ body }) => body.error as string),
      );

      expect([...errors]).toEqual(['invalid_grant']);
    });

    it('revokes the session for reuse', async () => {
      const { sid } = JSON.parse(
        Buffer.from(session.access_token.split('.')[1], 'base64url').toString(),
      ) as { sid: string };

      const rows = await first.dataSource.query<{ revoked_reason: string | null }[]>(
        'SELECT revoked_reason FROM sessions WHERE id = $1',
        [sid],
      );

      expect(rows).toEqual([{ revoked_reason: 'refresh_token_reuse' }]);
    });

    it("rejects the winner's new refresh token", async () => {
      const winner = responses.find(({ status }) => status === 200)?.body as Tokens;

      const response = await refresh(winner.refresh_token, urls[instances - 1]);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_grant');
    });

    it("rejects the winner's access token on every instance", async () => {
      const winner = responses.find(({ status }) => status === 200)?.body as Tokens;

      for (const url of urls) {
        const response = await request(url)
          .get('/users/me')
          .auth(winner.access_token, { type: 'bearer' });
        expect(response.status).toBe(401);
      }
    });
  });

  describe('parallel refreshes with a reuse grace window', () => {
    let client: ClientEntity;
    let session: Tokens;
    let responses: Response[];

    function refresh(refreshToken: string, url = urls[0]): Promise<Response> {
      return request(url).post('/oauth/token').type('form').send({
        grant_type: 'refresh_token',
        client_id: client.clientId,
        refresh_token: refreshToken,
      });
    }

    function sessionIdOf(tokens: Tokens): string {
      const claims = Buffer.from(tokens.access_token.split('.')[1], 'base64url').toString();
      return (JSON.parse(claims) as { sid: string }).sid;
    }

    beforeAll(async () => {
      const brand = await createBrand(first);
      client = await createAppClient(first, brand, { refresh_token_reuse_grace: 30 });
      const player = await createPlayer(first, brand);
      const login = await requestPasswordGrant(first, client.clientId, player.email);
      session = login.body as Tokens;

      responses = await Promise.all(
        Array.from({ length: PARALLEL_REFRESHES }, (_unused, index) =>
          refresh(session.refresh_token, urls[index % 2]),
        ),
      );
    }, 60_000);

    it('lets exactly one succeed', () => {
      expect(countStatuses(responses)).toEqual({ 200: 1, 400: PARALLEL_REFRESHES - 1 });
    });

    it('answers invalid_grant to the rest', () => {
      const errors = new Set(
        responses.filter(({ status }) => status === 400).map(({ body }) => body.error as string),
      );

      expect([...errors]).toEqual(['invalid_grant']);
    });

    it('keeps the session', async () => {
      const rows = await first.dataSource.query<{ revoked_at: Date | null }[]>(
        'SELECT revoked_at FROM sessions WHERE id = $1',
        [sessionIdOf(session)],
      );

      expect(rows).toEqual([{ revoked_at: null }]);
    });

    it("accepts the winner's new refresh token", async () => {
      const winner = responses.find(({ status }) => status === 200)?.body as Tokens;

      const response = await refresh(winner.refresh_token, urls[1]);

      expect(response.status).toBe(200);
    });

    it('revokes the session for reuse after the window', async () => {
      await first.dataSource.query(
        `UPDATE refresh_tokens SET used_at = now() - interval '31 seconds'
         WHERE session_id = $1 AND used_at IS NOT NULL`,
        [sessionIdOf(session)],
      );

      const response = await refresh(session.refresh_token);
      const rows = await first.dataSource.query<{ revoked_reason: string | null }[]>(
        'SELECT revoked_reason FROM sessions WHERE id = $1',
        [sessionIdOf(session)],
      );

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_grant');
      expect(rows).toEqual([{ revoked_reason: 'refresh_token_reuse' }]);
    });
  });

  describe('parallel redemptions of one activation code', () => {
    let userId: string;
    let responses: Response[];

    beforeAll(async () => {
      const brand = await createBrand(first);
      const client = await createRegistrationClient(first, brand);
      const registered = await registerPlayer(first, client.clientId);
      userId = registered.id;

      responses = await Promise.all(
        Array.from({ length: PARALLEL_REDEMPTIONS }, (_unused, index) =>
          request(urls[index % 2])
            .post('/oauth/token')
            .type('form')
            .send({
              grant_type: 'activation_code',
              client_id: client.clientId,
              code: registered.code,
            }),
        ),
      );
    }, 60_000);

    it('lets exactly one win', () => {
      expect(countStatuses(responses)).toEqual({ 200: 1, 400: PARALLEL_REDEMPTIONS - 1 });
    });

    it('answers invalid_grant to the rest', () => {
      const errors = new Set(
        responses.filter(({ status }) => status === 400).map(({ body }) => body.error as string),
      );

      expect([...errors]).toEqual(['invalid_grant']);
    });

    it('starts one session', async () => {
      const rows = await first.dataSource.query<{ count: string }[]>(
        'SELECT count(*) FROM sessions WHERE user_id = $1',
        [userId],
      );

      expect(rows).toEqual([{ count: '1' }]);
    });
  });

  describe('parallel withdrawals with one Idempotency-Key', () => {
    const FUNDS = 10_000;
    const AMOUNT = 1500;
    let setup: PaymentsBrand;
    let userId: string;
    let responses: Response[];

    beforeAll(async () => {
      setup = await createPaymentsBrand(first);
      const player = await createFundedPlayer(first, setup, FUNDS);
      userId = player.user.id;

      responses = await Promise.all(
        Array.from({ length: PARALLEL_REDEMPTIONS }, (_unused, index) =>
          request(urls[index % 2])
            .post('/transactions')
            .auth(player.token, { type: 'bearer' })
            .set('Idempotency-Key', 'withdrawal-race-1')
            .send({ type: 'withdrawal', method_id: setup.withdrawalMethodId, amount: AMOUNT }),
        ),
      );
    }, 60_000);

    it('answers only 201 or 409', () => {
      const statuses = Object.keys(countStatuses(responses)).map(Number);

      expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
    });

    it('runs the withdrawal once', () => {
      const executed = responses.filter(
        ({ status, headers }) => status === 201 && headers['idempotent-replayed'] === undefined,
      );

      expect(executed).toHaveLength(1);
    });

    it('returns one transaction in every 201', () => {
      const ids = new Set(
        responses.filter(({ status }) => status === 201).map(({ body }) => body.id as string),
      );

      expect(ids.size).toBe(1);
    });

    it('stores one transaction', async () => {
      const rows = await first.dataSource.query<{ count: string }[]>(
        'SELECT count(*) FROM payment_transactions WHERE user_id = $1',
        [userId],
      );

      expect(rows).toEqual([{ count: '1' }]);
    });

    it('debits the wallet once', async () => {
      const response = await verifyWallet(first, setup, userId);

      expect(response.body.consistent).toBe(true);
      expect(response.body.real_balance).toBe(FUNDS - AMOUNT);
    });
  });
});
