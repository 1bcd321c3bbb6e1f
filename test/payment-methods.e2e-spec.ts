import request, { Response } from 'supertest';

import { ClientsRepository } from '../src/auth-server/clients/clients.repository';
import { BootstrapService } from '../src/bootstrap/bootstrap.service';
import { clientAccessToken } from './helpers/access-tokens';
import { createConfidentialClient } from './helpers/factories';
import {
  createFundedPlayer,
  createMethod,
  createPaymentsBrand,
  PaymentsBrand,
  Player,
} from './helpers/payments';
import { startTestApp, TestApp } from './helpers/test-app';

describe('payment methods', () => {
  let testApp: TestApp;
  let setup: PaymentsBrand;
  let player: Player;

  function list(token: string, query: Record<string, string> = {}): Promise<Response> {
    return request(testApp.server)
      .get('/payment-methods')
      .query(query)
      .auth(token, { type: 'bearer' });
  }

  function update(id: string, body: object, token = setup.backOfficeToken): Promise<Response> {
    return request(testApp.server)
      .patch(`/payment-methods/${id}`)
      .auth(token, { type: 'bearer' })
      .send(body);
  }

  function ids(response: Response): string[] {
    return (response.body.data as { id: string }[]).map((method) => method.id);
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createPaymentsBrand(testApp);
    player = await createFundedPlayer(testApp, setup);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('POST /payment-methods', () => {
    it('returns the method', async () => {
      const response = await createMethod(testApp, setup.backOfficeToken, {
        type: 'withdrawal',
        name: 'Bank transfer',
        min_amount: 2000,
        max_amount: 50_000,
        fee: 150,
      });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        type: 'withdrawal',
        name: 'Bank transfer',
        provider_id: 'sandbox',
        min_amount: 2000,
        max_amount: 50_000,
        fee: 150,
        enabled: true,
      });
    });

    it.each([
      ['unknown type', { type: 'refund' }, 'type'],
      ['zero minimum', { min_amount: 0 }, 'min_amount'],
      ['negative fee', { fee: -1 }, 'fee'],
      ['fractional maximum', { max_amount: 10.5 }, 'max_amount'],
      ['missing name', { name: undefined }, 'name'],
    ])('rejects %s', async (_case, change, field) => {
      const response = await createMethod(testApp, setup.backOfficeToken, {
        type: 'deposit',
        ...change,
      });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('rejects an unknown provider', async () => {
      const response = await createMethod(testApp, setup.backOfficeToken, {
        type: 'deposit',
        provider_id: 'acme',
      });

      expect(response.body.fields).toEqual({
        provider_id: ['provider_id must be one of: sandbox'],
      });
    });

    it('rejects maximum below minimum', async () => {
      const response = await createMethod(testApp, setup.backOfficeToken, {
        type: 'deposit',
        min_amount: 500,
        max_amount: 499,
      });

      expect(response.body.fields).toEqual({
        max_amount: ['max_amount must be at least min_amount (500)'],
      });
    });

    it('requires payment-methods:write', async () => {
      const response = await createMethod(testApp, player.token, { type: 'deposit' });

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('GET /payment-methods', () => {
    // A brand of its own, so that methods created by other tests do not show up here.
    let listed: PaymentsBrand;
    let reader: Player;
    let disabledId: string;

    beforeAll(async () => {
      listed = await createPaymentsBrand(testApp);
      reader = await createFundedPlayer(testApp, listed);
      const disabled = await createMethod(testApp, listed.backOfficeToken, {
        type: 'deposit',
        enabled: false,
      });
      disabledId = disabled.body.id as string;
    });

    it('lists enabled methods to players', async () => {
      const response = await list(reader.token);

      expect(response.status).toBe(200);
      expect(ids(response)).toEqual([listed.depositMethodId, listed.withdrawalMethodId]);
    });

    it('filters by type', async () => {
      const response = await list(reader.token, { type: 'withdrawal' });

      expect(ids(response)).toEqual([listed.withdrawalMethodId]);
    });

    it('shows limits and fee', async () => {
      const response = await list(reader.token, { type: 'deposit' });

      expect(response.body.data[0]).toEqual({
        id: listed.depositMethodId,
        type: 'deposit',
        name: 'Sandbox',
        provider_id: 'sandbox',
        min_amount: 100,
        max_amount: 1_000_000,
        fee: 25,
        enabled: true,
      });
    });

    it('shows disabled methods to the back office', async () => {
      const response = await list(listed.backOfficeToken, { type: 'deposit' });

      expect(ids(response)).toContain(disabledId);
    });

    it('rejects an unknown type', async () => {
      const response = await list(reader.token, { type: 'refund' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['type']);
    });

    it('keeps brands apart', async () => {
      const other = await createPaymentsBrand(testApp);

      const response = await list(listed.backOfficeToken);

      expect(ids(response)).not.toContain(other.depositMethodId);
    });

    it('requires one of its scopes', async () => {
      const reader = await createConfidentialClient(testApp, listed.brand, {
        scopes: ['wallets:read'],
      });
      const token = await clientAccessToken(testApp, reader.client.clientId, reader.secret);

      const response = await list(token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });

    it('requires a token', async () => {
      const response = await request(testApp.server).get('/payment-methods');

      expect(response.status).toBe(401);
    });
  });

  describe('PATCH /payment-methods/:id', () => {
    it('changes limits and fee', async () => {
      const created = await createMethod(testApp, setup.backOfficeToken, { type: 'deposit' });

      const response = await update(created.body.id, { max_amount: 5000, fee: 0, name: 'Card' });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        name: 'Card',
        min_amount: 100,
        max_amount: 5000,
        fee: 0,
      });
    });

    it('disables a method', async () => {
      const created = await createMethod(testApp, setup.backOfficeToken, { type: 'deposit' });
      await update(created.body.id, { enabled: false });

      const response = await list(player.token);

      expect(ids(response)).not.toContain(created.body.id);
    });

    it('rejects a range below the stored minimum', async () => {
      const response = await update(setup.depositMethodId, { max_amount: 50 });

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        max_amount: ['max_amount must be at least min_amount (100)'],
      });
    });

    it('rejects changing the type', async () => {
      const response = await update(setup.depositMethodId, { type: 'withdrawal' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['type']);
    });

    it('answers 404 for another brand', async () => {
      const other = await createPaymentsBrand(testApp);

      const response = await update(other.depositMethodId, { fee: 1 });

      expect(response.status).toBe(404);
      expect(response.body.message).toBe(`Payment method ${other.depositMethodId} was not found`);
    });
  });

  describe('demo seed', () => {
    it('gives the demo app the payment scopes', async () => {
      const demo = await startTestApp({ SEED_DEMO: 'true' });
      try {
        await demo.app.get(BootstrapService).run();
        const demoApp = await demo.app
          .get(ClientsRepository)
          .findByClientId(demo.config.BOOTSTRAP_BRAND);

        expect(demoApp?.scopes).toEqual(
          expect.arrayContaining(['transactions:read', 'transactions:write']),
        );
      } finally {
        await demo.close();
      }
    });

    it('adds one sandbox method per type', async () => {
      const demo = await startTestApp({ SEED_DEMO: 'true' });
      try {
        await demo.app.get(BootstrapService).run();
        const rows: { type: string; provider_id: string }[] = await demo.dataSource.query(
          `SELECT type, provider_id FROM payment_methods ORDER BY type`,
        );

        expect(rows).toEqual([
          { type: 'deposit', provider_id: 'sandbox' },
          { type: 'withdrawal', provider_id: 'sandbox' },
        ]);
      } finally {
        await demo.close();
      }
    });
  });
});
