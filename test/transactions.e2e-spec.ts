import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { clientAccessToken } from './helpers/access-tokens';
import { createConfidentialClient } from './helpers/factories';
import {
  createFundedPlayer,
  createMethod,
  createPaymentsBrand,
  PaymentsBrand,
  Player,
  verifyWallet,
} from './helpers/payments';
import { startTestApp, TestApp } from './helpers/test-app';

const VISA = '4111111111111111';
const DECLINED_CARD = '4000000000000002';
const CARD = { action: 'add-card', card_number: VISA, expiry: '12/30', cvv: '123' };

describe('payment transactions', () => {
  let testApp: TestApp;
  let setup: PaymentsBrand;

  function start(player: Player, body: object): Promise<Response> {
    return request(testApp.server)
      .post('/transactions')
      .auth(player.token, { type: 'bearer' })
      .send(body);
  }

  function deposit(player: Player, amount: number, extra: object = {}): Promise<Response> {
    return start(player, { type: 'deposit', method_id: setup.depositMethodId, amount, ...extra });
  }

  function withdraw(player: Player, amount: number, extra: object = {}): Promise<Response> {
    return start(player, {
      type: 'withdrawal',
      method_id: setup.withdrawalMethodId,
      amount,
      ...extra,
    });
  }

  function patch(player: Player, id: string, body: object): Promise<Response> {
    return request(testApp.server)
      .patch(`/transactions/${id}`)
      .auth(player.token, { type: 'bearer' })
      .send(body);
  }

  function read(player: Player, id: string): Promise<Response> {
    return request(testApp.server)
      .get(`/transactions/${id}`)
      .auth(player.token, { type: 'bearer' });
  }

  function decide(id: string, decision: 'approve' | 'decline', token = setup.backOfficeToken) {
    return request(testApp.server)
      .post(`/transactions/${id}/${decision}`)
      .auth(token, { type: 'bearer' })
      .send({});
  }

  async function realBalance(player: Player): Promise<number> {
    const response = await verifyWallet(testApp, setup, player.user.id);
    expect(response.body.consistent).toBe(true);
    return response.body.real_balance as number;
  }

  async function ledgerTypes(player: Player): Promise<string[]> {
    const response = await request(testApp.server)
      .get('/wallet/ledger')
      .auth(player.token, { type: 'bearer' });
    return (response.body.data as { type: string }[]).map((entry) => entry.type).reverse();
  }

  function conflict(response: Response, message: string): object {
    return {
      status: 409,
      error: 'invalid_transition',
      message,
      request_id: response.headers['x-request-id'],
    };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createPaymentsBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('deposit branches', () => {
    it('completes at once', async () => {
      const player = await createFundedPlayer(testApp, setup);

      const response = await deposit(player, 1000);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        type: 'deposit',
        amount: 1000,
        currency: 'EUR',
        status: 'completed',
        action: null,
        method_id: setup.depositMethodId,
        provider_id: 'sandbox',
        redirect_url: null,
        start_date: expect.any(String),
        _links: { self: { href: `/transactions/${response.body.id}` } },
      });
    });

    it('credits the real balance', async () => {
      const player = await createFundedPlayer(testApp, setup);
      await deposit(player, 1000);

      expect(await realBalance(player)).toBe(1000);
    });

    it('references the transaction in the ledger', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1000);

      const ledger = await request(testApp.server)
        .get('/wallet/ledger')
        .auth(player.token, { type: 'bearer' });

      expect(ledger.body.data[0]).toMatchObject({
        type: 'deposit',
        amount: 1000,
        reference_type: 'transaction',
        reference_id: started.body.id,
      });
    });

    it('sets the deposited flag', async () => {
      const player = await createFundedPlayer(testApp, setup);
      await deposit(player, 1000);

      const wallet = await request(testApp.server)
        .get('/wallet')
        .auth(player.token, { type: 'bearer' });

      expect(wallet.body.deposited).toBe(true);
    });

    it('fails at once for 01', async () => {
      const player = await createFundedPlayer(testApp, setup);

      const response = await deposit(player, 1001);

      expect(response.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(0);
    });

    it('leaves deposited unset on failure', async () => {
      const player = await createFundedPlayer(testApp, setup);
      await deposit(player, 1001);

      const wallet = await request(testApp.server)
        .get('/wallet')
        .auth(player.token, { type: 'bearer' });

      expect(wallet.body.deposited).toBe(false);
    });

    it('completes a pending 02 later', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1002);

      expect(started.body.status).toBe('pending');
      expect(await realBalance(player)).toBe(0);
      const later = await read(player, started.body.id);
      expect(later.body.status).toBe('completed');
      expect(await realBalance(player)).toBe(1002);
    });

    it('fails a pending 03 later', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1003);

      const later = await read(player, started.body.id);

      expect(started.body.status).toBe('pending');
      expect(later.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(0);
    });

    it('credits a pending deposit once', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1002);

      const reads = await Promise.all(
        Array.from({ length: 5 }, () => read(player, started.body.id as string)),
      );

      expect(reads.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      expect(await realBalance(player)).toBe(1002);
    });

    it('asks for add-card on 10', async () => {
      const player = await createFundedPlayer(testApp, setup);

      const started = await deposit(player, 1010);

      expect(started.body.status).toBe('card_requested');
      expect(started.body.action).toBe('add-card');
    });

    it('completes after add-card', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1010);

      const response = await patch(player, started.body.id, CARD);

      expect(response.status).toBe(200);
      expect(response.body.status).toBe('completed');
      expect(response.body.action).toBeNull();
      expect(await realBalance(player)).toBe(1010);
    });

    it('keeps only the last four digits', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1010);
      await patch(player, started.body.id, CARD);

      const rows: Record<string, unknown>[] = await testApp.dataSource.query(
        `SELECT * FROM payment_transactions WHERE id = $1`,
        [started.body.id],
      );

      expect(rows[0].card_last4).toBe('1111');
      expect(JSON.stringify(rows[0])).not.toContain(VISA);
    });

    it('fails a declined test card', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1010);

      const response = await patch(player, started.body.id, {
        ...CARD,
        card_number: DECLINED_CARD,
      });

      expect(response.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(0);
    });

    it('completes after select-card', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1011);

      const response = await patch(player, started.body.id, {
        action: 'select-card',
        card_id: 'card_1',
      });

      expect(started.body.action).toBe('select-card');
      expect(response.body.status).toBe('completed');
    });

    it('completes after provide-credentials', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1012);

      const response = await patch(player, started.body.id, {
        action: 'provide-credentials',
        username: 'player@wallet.test',
        password: 'wallet-password',
      });

      expect(started.body.status).toBe('credentials_requested');
      expect(started.body.action).toBe('provide-credentials');
      expect(response.body.status).toBe('completed');
    });

    it('redirects to the URL on 13', async () => {
      const player = await createFundedPlayer(testApp, setup);

      const started = await deposit(player, 1013, { success_url: 'https://casino.test/ok?x=1' });

      expect(started.body.status).toBe('pending');
      expect(started.body.action).toBe('redirect-to-url');
      expect(started.body.redirect_url).toBe(
        `https://casino.test/ok?x=1&transaction_id=${started.body.id}`,
      );
    });

    it('completes a redirect later', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1013, { success_url: 'https://casino.test/ok' });

      const later = await read(player, started.body.id);

      expect(later.body.status).toBe('completed');
      expect(await realBalance(player)).toBe(1013);
    });

    it('requires success_url to redirect', async () => {
      const player = await createFundedPlayer(testApp, setup);

      const response = await deposit(player, 1013);

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        success_url: ['success_url is required when the sandbox redirects (amount ending in 13)'],
      });
    });
  });

  describe('withdrawal branches', () => {
    it('waits for approval and debits', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);

      const response = await withdraw(player, 2000);

      expect(response.status).toBe(201);
      expect(response.body.status).toBe('pending_approval');
      expect(await realBalance(player)).toBe(8000);
    });

    it('writes a withdrawal entry', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      await withdraw(player, 2000);

      expect(await ledgerTypes(player)).toEqual(['adjustment', 'withdrawal']);
    });

    it('reverses an immediate failure', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);

      const response = await withdraw(player, 2001);

      expect(response.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(10_000);
      expect(await ledgerTypes(player)).toEqual([
        'adjustment',
        'withdrawal',
        'withdrawal_reversal',
      ]);
    });

    it('completes a pending 02 later', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 2002);

      const later = await read(player, started.body.id);

      expect(started.body.status).toBe('pending');
      expect(later.body.status).toBe('completed');
      expect(await realBalance(player)).toBe(7998);
    });

    it('reverses a pending 03 later', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 2003);

      const later = await read(player, started.body.id);

      expect(later.body.status).toBe('failed');
      expect(await realBalance(player)).toBe(10_000);
    });

    it('completes 04 without approval', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);

      const response = await withdraw(player, 2004);

      expect(response.body.status).toBe('completed');
      expect(await realBalance(player)).toBe(7996);
    });

    it('waits for approval after add-card', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 2010);

      const response = await patch(player, started.body.id, CARD);

      expect(response.body.status).toBe('pending_approval');
      expect(await realBalance(player)).toBe(7990);
    });

    it('waits for approval after credentials', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 2012);

      const response = await patch(player, started.body.id, {
        action: 'provide-credentials',
        username: 'bank-user',
        password: 'bank-password',
      });

      expect(response.body.status).toBe('pending_approval');
    });

    it('rejects a withdrawal beyond the balance', async () => {
      const player = await createFundedPlayer(testApp, setup, 500);

      const response = await withdraw(player, 501);

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        status: 422,
        error: 'insufficient_funds',
        message: 'The real balance is lower than 501 minor units',
        request_id: response.headers['x-request-id'],
      });
    });

    it('leaves no transaction when short', async () => {
      const player = await createFundedPlayer(testApp, setup, 500);
      await withdraw(player, 501);

      const list = await request(testApp.server)
        .get('/transactions')
        .auth(player.token, { type: 'bearer' });

      expect(list.body.total).toBe(0);
      expect(await realBalance(player)).toBe(500);
    });
  });

  describe('cancel', () => {
    it('reverses a withdrawal pending approval', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 3000);

      const response = await patch(player, started.body.id, { action: 'cancel' });

      expect(response.status).toBe(200);
      expect(response.body.status).toBe('cancelled');
      expect(await realBalance(player)).toBe(10_000);
    });

    it('reverses a pending withdrawal', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 3002);

      const response = await patch(player, started.body.id, { action: 'cancel' });

      expect(response.body.status).toBe('cancelled');
      expect(await realBalance(player)).toBe(10_000);
    });

    it('rejects a second cancel', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 3000);
      await patch(player, started.body.id, { action: 'cancel' });

      const response = await patch(player, started.body.id, { action: 'cancel' });

      expect(response.status).toBe(409);
      expect(response.body).toEqual(
        conflict(
          response,
          `Only a withdrawal that is pending or pending_approval can be cancelled; transaction ${started.body.id} is a withdrawal and cancelled`,
        ),
      );
      expect(await realBalance(player)).toBe(10_000);
    });

    it('rejects cancelling a deposit', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1002);

      const response = await patch(player, started.body.id, { action: 'cancel' });

      expect(response.body).toEqual(
        conflict(
          response,
          `Only a withdrawal that is pending or pending_approval can be cancelled; transaction ${started.body.id} is a deposit and pending`,
        ),
      );
    });

    it('reverses once under concurrent cancels', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 3000);

      const responses = await Promise.all(
        Array.from({ length: 5 }, () =>
          patch(player, started.body.id as string, { action: 'cancel' }),
        ),
      );

      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409]);
      expect(await realBalance(player)).toBe(10_000);
    });
  });

  describe('approve and decline', () => {
    it('approves then pays out', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);

      const approved = await decide(started.body.id, 'approve');
      const later = await read(player, started.body.id);

      expect(approved.status).toBe(201);
      expect(approved.body.status).toBe('approved');
      expect(later.body.status).toBe('completed');
      expect(await realBalance(player)).toBe(6000);
    });

    it('declines and reverses', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);

      const declined = await request(testApp.server)
        .post(`/transactions/${started.body.id}/decline`)
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ reason: 'documents missing' });

      expect(declined.status).toBe(201);
      expect(declined.body.status).toBe('declined');
      expect(await realBalance(player)).toBe(10_000);
      expect(await ledgerTypes(player)).toEqual([
        'adjustment',
        'withdrawal',
        'withdrawal_reversal',
      ]);
    });

    it('declines without a body', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);

      const response = await request(testApp.server)
        .post(`/transactions/${started.body.id}/decline`)
        .auth(setup.backOfficeToken, { type: 'bearer' });

      expect(response.status).toBe(201);
      expect(response.body.status).toBe('declined');
    });

    it('audits the decline reason', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);
      await request(testApp.server)
        .post(`/transactions/${started.body.id}/decline`)
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ reason: 'documents missing' });

      await testApp.app.get(AuditService).flush();
      const rows: { details: Record<string, unknown> }[] = await testApp.dataSource.query(
        `SELECT details FROM audit_events
         WHERE type = 'withdrawal_declined' AND details->>'transaction_id' = $1`,
        [started.body.id],
      );

      expect(rows.map((row) => row.details)).toEqual([
        { transaction_id: started.body.id, amount: '4000', reason: 'documents missing' },
      ]);
    });

    it('rejects approving a deposit', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1000);

      const response = await decide(started.body.id, 'approve');

      expect(response.status).toBe(409);
      expect(response.body).toEqual(
        conflict(
          response,
          `Only a withdrawal that is pending_approval can be approved; transaction ${started.body.id} is a deposit and completed`,
        ),
      );
    });

    it('rejects declining after approval', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);
      await decide(started.body.id, 'approve');

      const response = await decide(started.body.id, 'decline');

      expect(response.body).toEqual(
        conflict(
          response,
          `Only a withdrawal that is pending_approval can be declined; transaction ${started.body.id} is a withdrawal and approved`,
        ),
      );
      expect(await realBalance(player)).toBe(6000);
    });

    it('lets one of approve and decline win', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);
      const id = started.body.id as string;

      const [approved, declined] = await Promise.all([
        decide(id, 'approve'),
        decide(id, 'decline'),
      ]);

      const statuses = [approved.status, declined.status].sort();
      expect(statuses).toEqual([201, 409]);
      const expected = approved.status === 201 ? 6000 : 10_000;
      expect(await realBalance(player)).toBe(expected);
    });

    it('answers 404 for another brand', async () => {
      const other = await createPaymentsBrand(testApp);
      const player = await createFundedPlayer(testApp, other, 10_000);
      const started = await request(testApp.server)
        .post('/transactions')
        .auth(player.token, { type: 'bearer' })
        .send({ type: 'withdrawal', method_id: other.withdrawalMethodId, amount: 4000 });

      const response = await decide(started.body.id, 'approve');

      expect(response.status).toBe(404);
    });

    it('requires transactions:approve', async () => {
      const reader = await createConfidentialClient(testApp, setup.brand, {
        scopes: ['wallets:read'],
      });
      const token = await clientAccessToken(testApp, reader.client.clientId, reader.secret);
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);

      const response = await decide(started.body.id, 'approve', token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });

    it('rejects a player token', async () => {
      const player = await createFundedPlayer(testApp, setup, 10_000);
      const started = await withdraw(player, 4000);

      const response = await decide(started.body.id, 'approve', player.token);

      expect(response.status).toBe(403);
    });
  });

  describe('PATCH /transactions/:id actions', () => {
    it('rejects the wrong action', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1011);

      const response = await patch(player, started.body.id, CARD);

      expect(response.status).toBe(409);
      expect(response.body).toEqual(
        conflict(response, `Transaction ${started.body.id} asks for select-card, not add-card`),
      );
    });

    it('rejects an action when none is asked', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1000);

      const response = await patch(player, started.body.id, CARD);

      expect(response.body).toEqual(
        conflict(response, `Transaction ${started.body.id} is completed and asks for no action`),
      );
    });

    it('rejects answering twice', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1010);
      await patch(player, started.body.id, CARD);

      const response = await patch(player, started.body.id, CARD);

      expect(response.status).toBe(409);
      expect(await realBalance(player)).toBe(1010);
    });

    it.each([
      ['missing card number', { card_number: undefined }, 'card_number'],
      ['invalid card number', { card_number: '4111111111111112' }, 'card_number'],
      ['invalid expiry', { expiry: '13/30' }, 'expiry'],
      ['invalid cvv', { cvv: '12' }, 'cvv'],
      ['unknown action', { action: 'refund' }, 'action'],
    ])('rejects %s', async (_case, change, field) => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1010);

      const response = await patch(player, started.body.id, { ...CARD, ...change });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('requires the card id', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1011);

      const response = await patch(player, started.body.id, { action: 'select-card' });

      expect(Object.keys(response.body.fields)).toEqual(['card_id']);
    });

    it('requires the credentials', async () => {
      const player = await createFundedPlayer(testApp, setup);
      const started = await deposit(player, 1012);

      const response = await patch(player, started.body.id, {
        action: 'provide-credentials',
        username: 'bank-user',
      });

      expect(Object.keys(response.body.fields)).toEqual(['password']);
    });
  });

  describe('POST /transactions validation', () => {
    let player: Player;

    beforeAll(async () => {
      player = await createFundedPlayer(testApp, setup, 10_000);
    });

    it.each([
      ['unknown type', { type: 'transfer' }, 'type'],
      ['method id not a UUID', { method_id: 'card' }, 'method_id'],
      ['zero amount', { amount: 0 }, 'amount'],
      ['negative amount', { amount: -100 }, 'amount'],
      ['fractional amount', { amount: 100.5 }, 'amount'],
      ['amount as string', { amount: '1000' }, 'amount'],
      ['amount below minimum', { amount: 99 }, 'amount'],
      ['amount above maximum', { amount: 1_000_001 }, 'amount'],
      ['ftp success URL', { success_url: 'ftp://casino.test/ok' }, 'success_url'],
      ['script failed URL', { failed_url: 'javascript:alert(1)' }, 'failed_url'],
      ['relative pending URL', { pending_url: '/pending' }, 'pending_url'],
      ['non-string cancel URL', { cancel_url: 42 }, 'cancel_url'],
      ['other provider', { provider_id: 'acme' }, 'provider_id'],
      ['withdrawal method', { method_id: 'withdrawal' }, 'method_id'],
      ['unknown method', { method_id: '00000000-0000-4000-8000-000000000000' }, 'method_id'],
      ['unknown field', { card_number: VISA }, 'card_number'],
      ['empty bonus id', { bonus_id: '' }, 'bonus_id'],
    ])('rejects %s', async (_case, change, field) => {
      const body: Record<string, unknown> = {
        type: 'deposit',
        method_id: setup.depositMethodId,
        amount: 1000,
        ...change,
      };
      if (body.method_id === 'withdrawal') {
        body.method_id = setup.withdrawalMethodId;
      }

      const response = await start(player, body);

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('states the method limits', async () => {
      const response = await deposit(player, 99);

      expect(response.body.fields).toEqual({
        amount: ['amount must be between 100 and 1000000 minor units for this method'],
      });
    });

    it('rejects a disabled method', async () => {
      const disabled = await createMethod(testApp, setup.backOfficeToken, {
        type: 'deposit',
        enabled: false,
      });

      const response = await start(player, {
        type: 'deposit',
        method_id: disabled.body.id,
        amount: 1000,
      });

      expect(response.body.fields).toEqual({
        method_id: ['method_id must be an enabled deposit method of this brand'],
      });
    });

    it('rejects another brand method', async () => {
      const other = await createPaymentsBrand(testApp);

      const response = await start(player, {
        type: 'deposit',
        method_id: other.depositMethodId,
        amount: 1000,
      });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['method_id']);
    });

    it('accepts the documented fields', async () => {
      const response = await deposit(player, 1000, {
        provider_id: 'sandbox',
        success_url: 'https://casino.test/ok',
        failed_url: 'https://casino.test/failed',
        pending_url: 'http://localhost:8080/pending',
        cancel_url: 'https://casino.test/cancel',
      });

      expect(response.status).toBe(201);
    });

    it('rejects an unknown bonus id', async () => {
      const response = await deposit(player, 1000, { bonus_id: 'welcome-100' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['bonus_id']);
    });

    it('rejects a client token', async () => {
      const response = await request(testApp.server)
        .post('/transactions')
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ type: 'deposit', method_id: setup.depositMethodId, amount: 1000 });

      expect(response.status).toBe(403);
    });
  });

  describe('GET /transactions', () => {
    let player: Player;
    let ids: string[];

    beforeAll(async () => {
      player = await createFundedPlayer(testApp, setup, 10_000);
      ids = [];
      for (const send of [() => deposit(player, 1000), () => deposit(player, 1001)]) {
        ids.push((await send()).body.id as string);
      }
      ids.push((await withdraw(player, 2000)).body.id as string);
    });

    function list(query: Record<string, string> = {}, token = player.token) {
      return request(testApp.server)
        .get('/transactions')
        .query(query)
        .auth(token, { type: 'bearer' });
    }

    it('lists newest first', async () => {
      const response = await list();

      expect(response.status).toBe(200);
      expect(response.body.total).toBe(3);
      expect(response.body.data.map((item: { id: string }) => item.id)).toEqual([...ids].reverse());
    });

    it('pages', async () => {
      const response = await list({ page: '2', per_page: '2' });

      expect(response.body.data.map((item: { id: string }) => item.id)).toEqual([ids[0]]);
      expect(response.body.page).toBe(2);
      expect(response.body.per_page).toBe(2);
    });

    it('filters by type', async () => {
      const response = await list({ type: 'withdrawal' });

      expect(response.body.data.map((item: { id: string }) => item.id)).toEqual([ids[2]]);
    });

    it('filters by status', async () => {
      const response = await list({ status: 'failed' });

      expect(response.body.data.map((item: { id: string }) => item.id)).toEqual([ids[1]]);
    });

    it('filters by time', async () => {
      const future = new Date(Date.now() + 60_000).toISOString();

      const after = await list({ from: future });
      const before = await list({ to: future });

      expect(after.body.total).toBe(0);
      expect(before.body.total).toBe(3);
    });

    it.each([
      ['status', { status: 'lost' }],
      ['from', { from: 'yesterday' }],
      ['per_page', { per_page: '101' }],
    ])('rejects a bad %s', async (field, query) => {
      const response = await list(query);

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('shows only own transactions', async () => {
      const other = await createFundedPlayer(testApp, setup);

      const response = await list({}, other.token);

      expect(response.body.total).toBe(0);
    });

    it('hides another player transaction', async () => {
      const other = await createFundedPlayer(testApp, setup);

      const response = await read(other, ids[0]);

      expect(response.status).toBe(404);
      expect(response.body.message).toBe(`Transaction ${ids[0]} was not found`);
    });

    it('rejects changing another player transaction', async () => {
      const other = await createFundedPlayer(testApp, setup);

      const response = await patch(other, ids[2], { action: 'cancel' });

      expect(response.status).toBe(404);
      expect(await realBalance(player)).toBe(9000);
    });

    it('hides it across brands', async () => {
      const otherBrand = await createPaymentsBrand(testApp);
      const stranger = await createFundedPlayer(testApp, otherBrand);

      const response = await read(stranger, ids[0]);

      expect(response.status).toBe(404);
    });

    it('reads one transaction', async () => {
      const response = await read(player, ids[2]);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: ids[2], type: 'withdrawal', amount: 2000 });
    });

    it('rejects a malformed id', async () => {
      const response = await read(player, 'not-a-uuid');

      expect(response.status).toBe(400);
    });
  });
});
