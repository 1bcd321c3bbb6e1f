import { randomUUID } from 'node:crypto';

import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { callbackSignature } from '../src/gaming/transactions/callbacks/callback-signature.guard';
import {
  createFundedPlayer,
  createPaymentsBrand,
  PaymentsBrand,
  Player,
  verifyWallet,
} from './helpers/payments';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const SECRET = 'sandbox-callback-secret-0123456789abcdef';
const CALLBACK_URL = '/payments/callbacks/sandbox';
/** Sandbox amounts ending in 02 stay pending until the provider reports a result. */
const PENDING_AMOUNT = 1002;

interface CallbackBody {
  transaction_id: string;
  event_id: string;
  status: string;
}

describe('payment provider callbacks', () => {
  let testApp: TestApp;
  let setup: PaymentsBrand;

  function nowSeconds(): string {
    return String(Math.floor(Date.now() / 1000));
  }

  function signedHeaders(rawBody: string, timestamp = nowSeconds()): Record<string, string> {
    const signature = callbackSignature(SECRET, timestamp, Buffer.from(rawBody));
    return {
      'Content-Type': 'application/json',
      'X-Timestamp': timestamp,
      'X-Signature': `sha256=${signature}`,
    };
  }

  function post(
    rawBody: string,
    headers: Record<string, string>,
    url = CALLBACK_URL,
    server = testApp.server,
  ): Promise<Response> {
    return request(server).post(url).set(headers).send(rawBody);
  }

  function callback(body: CallbackBody): Promise<Response> {
    const rawBody = JSON.stringify(body);
    return post(rawBody, signedHeaders(rawBody));
  }

  function event(transactionId: string, status: string): CallbackBody {
    return { transaction_id: transactionId, event_id: `evt_${randomUUID()}`, status };
  }

  function start(player: Player, type: string, amount: number): Promise<Response> {
    const methodId = type === 'deposit' ? setup.depositMethodId : setup.withdrawalMethodId;
    return request(testApp.server)
      .post('/transactions')
      .auth(player.token, { type: 'bearer' })
      .send({ type, method_id: methodId, amount });
  }

  async function pendingDeposit(player: Player): Promise<string> {
    const started = await start(player, 'deposit', PENDING_AMOUNT);
    expect(started.body.status).toBe('pending');
    return started.body.id as string;
  }

  async function realBalance(player: Player): Promise<number> {
    const response = await verifyWallet(testApp, setup, player.user.id);
    expect(response.body.consistent).toBe(true);
    return response.body.real_balance as number;
  }

  function readTransaction(player: Player, id: string): Promise<Response> {
    return request(testApp.server)
      .get(`/transactions/${id}`)
      .auth(player.token, { type: 'bearer' });
  }

  function apiError(response: Response, status: number, error: string, message: string): object {
    return { status, error, message, request_id: response.headers['x-request-id'] };
  }

  beforeAll(async () => {
    testApp = await startTestApp({ SANDBOX_CALLBACK_SECRET: SECRET });
    setup = await createPaymentsBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('deposits', () => {
    it('completes a pending deposit', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);
      const body = event(id, 'completed');

      const response = await callback(body);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        transaction_id: id,
        event_id: body.event_id,
        status: 'completed',
        applied: true,
      });
    });

    it('credits the wallet once', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);

      await callback(event(id, 'completed'));

      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });

    it('fails a pending deposit without credit', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);

      const response = await callback(event(id, 'failed'));

      expect(response.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(0);
    });

    it('acknowledges a repeated event', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);
      const body = event(id, 'completed');
      await callback(body);

      const repeat = await callback(body);

      expect(repeat.status).toBe(200);
      expect(repeat.body).toEqual({
        transaction_id: id,
        event_id: body.event_id,
        status: 'completed',
        applied: false,
      });
      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });

    it('ignores a result after a read', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);
      const read = await readTransaction(player, id);
      expect(read.body.status).toBe('completed');

      const response = await callback(event(id, 'completed'));

      expect(response.status).toBe(200);
      expect(response.body.applied).toBe(false);
      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });

    it('ignores an out-of-order failure', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);
      await callback(event(id, 'completed'));

      const late = await callback(event(id, 'failed'));

      expect(late.status).toBe(200);
      expect(late.body.status).toBe('completed');
      expect(late.body.applied).toBe(false);
      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });

    it('credits once under 20 deliveries', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);
      const rawBody = JSON.stringify(event(id, 'completed'));
      const headers = signedHeaders(rawBody);

      const responses = await Promise.all(Array.from({ length: 20 }, () => post(rawBody, headers)));

      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
      expect(responses.filter((response) => response.body.applied === true)).toHaveLength(1);
      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });

    it('credits once under 20 distinct events', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);

      const responses = await Promise.all(
        Array.from({ length: 20 }, () => callback(event(id, 'completed'))),
      );

      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
      expect(responses.filter((response) => response.body.applied === true)).toHaveLength(1);
      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });
    it('credits once racing reads', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);

      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          index % 2 === 0 ? callback(event(id, 'completed')) : readTransaction(player, id),
        ),
      );

      expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
      expect(responses.map((response) => response.body.status)).toEqual(
        Array(20).fill('completed'),
      );
      expect(await realBalance(player)).toBe(PENDING_AMOUNT);
    });
  });

  describe('withdrawals', () => {
    it('reverses a failed pending withdrawal', async () => {
      const player = await createFundedPlayer(testApp, setup, 5000);
      const started = await start(player, 'withdrawal', PENDING_AMOUNT);
      expect(started.body.status).toBe('pending');

      const response = await callback(event(started.body.id, 'failed'));

      expect(response.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(5000);
    });

    it('reverses a failure once', async () => {
      const player = await createFundedPlayer(testApp, setup, 5000);
      const started = await start(player, 'withdrawal', PENDING_AMOUNT);
      const body = event(started.body.id, 'failed');
      await callback(body);

      const repeat = await callback(body);
      const another = await callback(event(started.body.id, 'failed'));

      expect(repeat.body.applied).toBe(false);
      expect(another.body.applied).toBe(false);
      expect(await realBalance(player)).toBe(5000);
    });

    it('completes an approved payout', async () => {
      const player = await createFundedPlayer(testApp, setup, 5000);
      const started = await start(player, 'withdrawal', 2000);
      await request(testApp.server)
        .post(`/transactions/${started.body.id}/approve`)
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({});

      const response = await callback(event(started.body.id, 'completed'));

      expect(response.body.status).toBe('completed');
      expect(await realBalance(player)).toBe(3000);
    });

    it('leaves approval to the back office', async () => {
      const player = await createFundedPlayer(testApp, setup, 5000);
      const started = await start(player, 'withdrawal', 2000);
      expect(started.body.status).toBe('pending_approval');

      const response = await callback(event(started.body.id, 'completed'));

      expect(response.status).toBe(200);
      expect(response.body.status).toBe('pending_approval');
      expect(response.body.applied).toBe(false);
    });
  });

  describe('authentication', () => {
    let transactionId: string;
    let rawBody: string;

    beforeAll(async () => {
      const player = await createFundedPlayer(testApp, setup);
      transactionId = await pendingDeposit(player);
      rawBody = JSON.stringify(event(transactionId, 'completed'));
    });

    it('rejects a forged signature', async () => {
      const headers = signedHeaders(rawBody);
      const forged = rawBody.replace('completed', 'failed');

      const response = await post(forged, headers);

      expect(response.status).toBe(401);
      expect(response.body).toEqual(
        apiError(response, 401, 'invalid_signature', 'X-Signature does not match the request body'),
      );
    });

    it('rejects another secret', async () => {
      const timestamp = nowSeconds();
      const signature = callbackSignature(`${SECRET}x`, timestamp, Buffer.from(rawBody));

      const response = await post(rawBody, {
        'Content-Type': 'application/json',
        'X-Timestamp': timestamp,
        'X-Signature': `sha256=${signature}`,
      });

      expect(response.status).toBe(401);
    });

    it('rejects a malformed signature', async () => {
      const headers = { ...signedHeaders(rawBody), 'X-Signature': 'sha256=abc' };

      const response = await post(rawBody, headers);

      expect(response.status).toBe(401);
    });

    it.each(['X-Signature', 'X-Timestamp'])('rejects a missing %s', async (name) => {
      const headers = signedHeaders(rawBody);
      delete headers[name];

      const response = await post(rawBody, headers);

      expect(response.status).toBe(401);
      expect(response.body).toEqual(
        apiError(
          response,
          401,
          'invalid_signature',
          'X-Signature and X-Timestamp headers are required',
        ),
      );
    });

    // The future case leaves a margin: the request takes time to reach the server, and that
    // time shortens the skew the server measures.
    it.each([
      ['stale', -301],
      ['future', 330],
    ])('rejects a %s timestamp', async (_case, offset) => {
      const timestamp = String(Math.floor(Date.now() / 1000) + offset);

      const response = await post(rawBody, signedHeaders(rawBody, timestamp));

      expect(response.status).toBe(401);
      expect(response.body).toEqual(
        apiError(
          response,
          401,
          'invalid_signature',
          'X-Timestamp must be Unix time in seconds within 300 seconds of the server time',
        ),
      );
    });

    it('rejects a non-numeric timestamp', async () => {
      const response = await post(rawBody, signedHeaders(rawBody, 'yesterday'));

      expect(response.status).toBe(401);
    });

    it('leaves the transaction pending', async () => {
      const row: { status: string }[] = await testApp.dataSource.query(
        `SELECT status FROM payment_transactions WHERE id = $1`,
        [transactionId],
      );

      expect(row[0].status).toBe('pending');
    });

    it('audits a rejection without secrets', async () => {
      const headers = signedHeaders(rawBody);
      const response = await post(rawBody.replace('completed', 'failed'), headers);

      await testApp.app.get(AuditService).flush();
      const rows: { details: Record<string, unknown>; brand_id: string | null }[] =
        await testApp.dataSource.query(
          `SELECT details, brand_id FROM audit_events
           WHERE type = 'payment_callback_rejected' AND request_id = $1`,
          [response.headers['x-request-id']],
        );

      expect(rows).toEqual([
        { details: { provider_id: 'sandbox', reason: 'invalid_signature' }, brand_id: null },
      ]);
    });
  });

  describe('routing and body', () => {
    it('rejects an unknown provider', async () => {
      const rawBody = JSON.stringify(event(randomUUID(), 'completed'));

      const response = await post(rawBody, signedHeaders(rawBody), '/payments/callbacks/acme');

      expect(response.status).toBe(404);
      expect(response.body).toEqual(
        apiError(response, 404, 'not_found', 'This payment provider does not accept callbacks'),
      );
    });

    it('rejects a provider without secret', async () => {
      const second = await startSecondInstance(testApp, { SANDBOX_CALLBACK_SECRET: '' });
      try {
        const rawBody = JSON.stringify(event(randomUUID(), 'completed'));

        const response = await post(rawBody, signedHeaders(rawBody), CALLBACK_URL, second.server);

        expect(response.status).toBe(404);
      } finally {
        await second.close();
      }
    });

    it('rejects an unknown transaction', async () => {
      const id = randomUUID();

      const response = await callback(event(id, 'completed'));

      expect(response.status).toBe(404);
      expect(response.body).toEqual(
        apiError(
          response,
          404,
          'not_found',
          `Transaction ${id} of this payment provider was not found`,
        ),
      );
    });

    it("rejects another provider's transaction", async () => {
      const player = await createFundedPlayer(testApp, setup);
      const id = await pendingDeposit(player);
      await testApp.dataSource.query(
        `UPDATE payment_transactions SET provider_id = 'acme' WHERE id = $1`,
        [id],
      );

      const response = await callback(event(id, 'completed'));

      expect(response.status).toBe(404);
      expect(await realBalance(player)).toBe(0);
    });

    it.each<[string, string]>([
      ['invalid JSON', '{"transaction_id":'],
      ['a missing event_id', JSON.stringify({ transaction_id: randomUUID(), status: 'failed' })],
      [
        'an unknown status',
        JSON.stringify({ transaction_id: randomUUID(), event_id: 'evt_1', status: 'refunded' }),
      ],
      [
        'a non-UUID transaction_id',
        JSON.stringify({ transaction_id: 'abc', event_id: 'evt_1', status: 'failed' }),
      ],
      [
        'an event_id with spaces',
        JSON.stringify({ transaction_id: randomUUID(), event_id: 'evt 1', status: 'failed' }),
      ],
      ['an array body', '[]'],
      ['an empty body', ''],
    ])('rejects %s', async (_case, rawBody) => {
      const response = await post(rawBody, signedHeaders(rawBody));

      expect(response.status).toBe(400);
      expect(response.body.status).toBe(400);
    });
  });
});
