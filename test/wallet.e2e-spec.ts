import request, { Response } from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { WalletService } from '../src/gaming/wallet/wallet.service';
import { WalletsRepository } from '../src/gaming/wallet/wallets.repository';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken, playerAccessToken } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const WALLET_SCOPES = ['wallets:read', 'wallets:write'];

describe('wallets', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClientId: string;
  let backOfficeToken: string;

  function adjust(userId: string, body: object, token = backOfficeToken): Promise<Response> {
    return request(testApp.server)
      .post(`/wallets/${userId}/adjustments`)
      .auth(token, { type: 'bearer' })
      .send(body);
  }

  function verify(userId: string): Promise<Response> {
    return request(testApp.server)
      .get(`/wallets/${userId}/verify`)
      .auth(backOfficeToken, { type: 'bearer' });
  }

  function getWallet(token: string): Promise<Response> {
    return request(testApp.server).get('/wallet').auth(token, { type: 'bearer' });
  }

  async function fundedPlayer(amount: number): Promise<UserEntity> {
    const player = await createPlayer(testApp, brand);
    const response = await adjust(player.id, { balance: 'real', amount, reason: 'test funds' });
    expect(response.status).toBe(201);
    return player;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    const app = await createAppClient(testApp, brand, {
      scopes: ['profile:read', 'wallet:read'],
      default_scopes: ['profile:read', 'wallet:read'],
    });
    appClientId = app.clientId;
    const backOffice = await createConfidentialClient(testApp, brand, { scopes: WALLET_SCOPES });
    backOfficeToken = await clientAccessToken(
      testApp,
      backOffice.client.clientId,
      backOffice.secret,
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('GET /wallet', () => {
    it('starts empty in the player currency', async () => {
      const player = await createPlayer(testApp, brand, { currency: 'GBP' });
      const token = await playerAccessToken(testApp, appClientId, player.email);

      const response = await getWallet(token);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        currency: 'GBP',
        real_balance: 0,
        bonus_balance: 0,
        total_balance: 0,
        deposited: false,
      });
    });

    it('shows credited money', async () => {
      const player = await fundedPlayer(1250);
      const token = await playerAccessToken(testApp, appClientId, player.email);

      const response = await getWallet(token);

      expect(response.body.real_balance).toBe(1250);
      expect(response.body.total_balance).toBe(1250);
    });

    it('refuses a client token', async () => {
      const response = await getWallet(backOfficeToken);

      expect(response.status).toBe(403);
    });
  });

  describe('POST /wallets/:user_id/adjustments', () => {
    it('returns the ledger entry', async () => {
      const player = await createPlayer(testApp, brand);

      const response = await adjust(player.id, {
        balance: 'bonus',
        amount: 500,
        reason: 'goodwill',
      });

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        type: 'adjustment',
        balance: 'bonus',
        amount: 500,
        balance_after: 500,
        reference_type: 'adjustment',
      });
    });

    it('rejects a debit beyond the balance', async () => {
      const player = await fundedPlayer(100);

      const response = await adjust(player.id, {
        balance: 'real',
        amount: -101,
        reason: 'too much',
      });

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        status: 422,
        error: 'insufficient_funds',
        message: 'The real balance is lower than 101 minor units',
        request_id: response.headers['x-request-id'],
      });
    });

    it('leaves the balance after a refused debit', async () => {
      const player = await fundedPlayer(100);
      await adjust(player.id, { balance: 'real', amount: -101, reason: 'too much' });

      const response = await verify(player.id);

      expect(response.body.real_balance).toBe(100);
      expect(response.body.consistent).toBe(true);
    });

    it.each([
      ['zero amount', 'amount', { amount: 0 }],
      ['fractional amount', 'amount', { amount: 1.5 }],
      ['amount as string', 'amount', { amount: '100' }],
      ['amount too large', 'amount', { amount: 10_000_000_000_001 }],
      ['unknown balance', 'balance', { balance: 'cash' }],
      ['missing reason', 'reason', { reason: undefined }],
    ])('rejects %s', async (_case, field, change) => {
      const player = await createPlayer(testApp, brand);

      const response = await adjust(player.id, {
        balance: 'real',
        amount: 100,
        reason: 'test',
        ...change,
      });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('answers 404 for another brand', async () => {
      const otherBrand = await createBrand(testApp);
      const stranger = await createPlayer(testApp, otherBrand);

      const response = await adjust(stranger.id, { balance: 'real', amount: 100, reason: 'test' });

      expect(response.status).toBe(404);
    });

    it('requires wallets:write', async () => {
      const reader = await createConfidentialClient(testApp, brand, { scopes: ['wallets:read'] });
      const token = await clientAccessToken(testApp, reader.client.clientId, reader.secret);
      const player = await createPlayer(testApp, brand);

      const response = await adjust(
        player.id,
        { balance: 'real', amount: 1, reason: 'x'.repeat(3) },
        token,
      );

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('GET /wallet/ledger', () => {
    let token: string;

    beforeAll(async () => {
      const player = await fundedPlayer(1000);
      await adjust(player.id, { balance: 'real', amount: -300, reason: 'correction' });
      await adjust(player.id, { balance: 'bonus', amount: 50, reason: 'goodwill' });
      token = await playerAccessToken(testApp, appClientId, player.email);
    });

    it('lists entries newest first', async () => {
      const response = await request(testApp.server)
        .get('/wallet/ledger')
        .auth(token, { type: 'bearer' });

      expect(response.status).toBe(200);
      expect(response.body.total).toBe(3);
      expect(response.body.data.map((entry: { amount: number }) => entry.amount)).toEqual([
        50, -300, 1000,
      ]);
    });

    it('records the balance after each entry', async () => {
      const response = await request(testApp.server)
        .get('/wallet/ledger')
        .auth(token, { type: 'bearer' });

      expect(
        response.body.data.map((entry: { balance_after: number }) => entry.balance_after),
      ).toEqual([50, 700, 1000]);
    });

    it('pages', async () => {
      const response = await request(testApp.server)
        .get('/wallet/ledger')
        .query({ page: '2', per_page: '2' })
        .auth(token, { type: 'bearer' });

      expect(response.body.data).toHaveLength(1);
      expect(response.body.page).toBe(2);
    });

    it('rejects an unknown type', async () => {
      const response = await request(testApp.server)
        .get('/wallet/ledger')
        .query({ type: 'jackpot' })
        .auth(token, { type: 'bearer' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['type']);
    });
  });

  describe('money movements', () => {
    it('roll back both writes on a failure after the first', async () => {
      const player = await fundedPlayer(1000);
      const service = testApp.app.get(WalletService);
      const wallet = await testApp.app.get(WalletsRepository).ensure(player);

      const moving = service.move({
        wallet,
        balance: 'real',
        amount: -400n,
        type: 'withdrawal',
        referenceType: 'transaction',
        // Longer than the column: the ledger insert fails after the balance update succeeded.
        referenceId: 'x'.repeat(65),
      });

      await expect(moving).rejects.toThrow();
      const response = await verify(player.id);
      expect(response.body).toEqual({
        consistent: true,
        real_balance: 1000,
        real_ledger_sum: 1000,
        bonus_balance: 0,
        bonus_ledger_sum: 0,
      });
    });

    it('keep ledger entries append-only', async () => {
      const player = await fundedPlayer(10);
      const wallet = await testApp.app.get(WalletsRepository).ensure(player);

      const update = testApp.dataSource.query(
        `UPDATE ledger_entries SET amount = 1000000 WHERE wallet_id = $1`,
        [wallet.id],
      );

      await expect(update).rejects.toThrow('ledger entries are append-only');
    });
  });

  describe('concurrent debits on one wallet', () => {
    let player: UserEntity;
    let responses: Response[];

    beforeAll(async () => {
      player = await fundedPlayer(1000);
      const debits = Array.from({ length: 150 }, () =>
        adjust(player.id, { balance: 'real', amount: -10, reason: 'concurrent debit' }),
      );
      const credits = Array.from({ length: 50 }, () =>
        adjust(player.id, { balance: 'real', amount: 3, reason: 'concurrent credit' }),
      );
      responses = await Promise.all([...debits, ...credits]);
    });

    it('answers no 5xx', () => {
      expect(responses.filter((response) => response.status >= 500)).toHaveLength(0);
    });

    it('accepts every credit', () => {
      expect(responses.slice(150).every((response) => response.status === 201)).toBe(true);
    });

    it('refuses only for missing funds', () => {
      const refused = responses.filter((response) => response.status !== 201);

      expect(refused.every((response) => response.body.error === 'insufficient_funds')).toBe(true);
    });

    it('keeps balance equal to the ledger', async () => {
      const accepted = responses.slice(0, 150).filter((response) => response.status === 201).length;

      const response = await verify(player.id);

      expect(response.body.consistent).toBe(true);
      expect(response.body.real_balance).toBe(1000 + 50 * 3 - accepted * 10);
      expect(response.body.real_balance).toBeGreaterThanOrEqual(0);
    });
  });
});
