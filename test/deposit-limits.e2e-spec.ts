import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { BrandEntity } from '../src/brands/brand.entity';
import {
  DepositLimitExceededException,
  DepositLimitsService,
} from '../src/gaming/limits/deposit-limits.service';
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
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const DAY_MS = 86_400_000;
const LIMIT_SCOPES = ['profile:read', 'limits:read', 'limits:write'];

const NO_LIMIT = { limit: null, pending: null, deposited: 0, remaining: null };
const NO_LOSS_LIMIT = { limit: null, pending: null, net_loss: 0, remaining: null };

describe('deposit limits', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClientId: string;

  async function playerWithToken(
    scope = LIMIT_SCOPES,
  ): Promise<{ player: UserEntity; token: string }> {
    const player = await createPlayer(testApp, brand);
    const token = await playerAccessToken(testApp, appClientId, player.email);
    if (scope === LIMIT_SCOPES) {
      return { player, token };
    }
    const app = await createAppClient(testApp, brand, { scopes: scope, default_scopes: scope });
    return { player, token: await playerAccessToken(testApp, app.clientId, player.email) };
  }

  function getLimits(token: string, server = testApp.server): Promise<Response> {
    return request(server).get('/users/me/limits').auth(token, { type: 'bearer' });
  }

  function putLimits(token: string, body: object, server = testApp.server): Promise<Response> {
    return request(server).put('/users/me/limits').auth(token, { type: 'bearer' }).send(body);
  }

  /** Moves every pending change of the player to one second ago, as if the cooling-off ended. */
  async function endCoolingOff(userId: string): Promise<void> {
    await testApp.dataSource.query(
      `UPDATE deposit_limits SET pending_effective_at = now() - interval '1 second'
       WHERE user_id = $1 AND pending_effective_at IS NOT NULL`,
      [userId],
    );
  }

  /** Credits the real balance with a `deposit` ledger entry, as a completed deposit does. */
  async function deposit(player: UserEntity, amount: number): Promise<void> {
    const wallet = await testApp.app.get(WalletsRepository).ensure(player);
    await testApp.app.get(WalletService).move({
      wallet,
      balance: 'real',
      amount: BigInt(amount),
      type: 'deposit',
      referenceType: 'transaction',
    });
  }

  async function expectLedgerMatchesBalance(walletId: string, balance: number): Promise<void> {
    const sums = await testApp.app.get(WalletsRepository).reconcile(walletId);

    expect(sums.realBalance).toBe(String(balance));
    expect(sums.realSum).toBe(String(balance));
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    const app = await createAppClient(testApp, brand, {
      scopes: LIMIT_SCOPES,
      default_scopes: LIMIT_SCOPES,
    });
    appClientId = app.clientId;
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('GET /users/me/limits', () => {
    it('shows no limits at first', async () => {
      const { token } = await playerWithToken();

      const response = await getLimits(token);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        currency: 'EUR',
        daily: { ...NO_LIMIT, window_seconds: 86_400 },
        weekly: { ...NO_LIMIT, window_seconds: 604_800 },
        monthly: { ...NO_LIMIT, window_seconds: 2_592_000 },
        loss: {
          daily: { ...NO_LOSS_LIMIT, window_seconds: 86_400 },
          weekly: { ...NO_LOSS_LIMIT, window_seconds: 604_800 },
          monthly: { ...NO_LOSS_LIMIT, window_seconds: 2_592_000 },
        },
      });
    });

    it('shows deposited and remaining amounts', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000, monthly: 5000 });
      await deposit(player, 300);
      await deposit(player, 200);

      const response = await getLimits(token);

      expect(response.body.daily).toEqual({
        limit: 1000,
        pending: null,
        window_seconds: 86_400,
        deposited: 500,
        remaining: 500,
      });
      expect(response.body.weekly).toEqual({
        ...NO_LIMIT,
        deposited: 500,
        window_seconds: 604_800,
      });
      expect(response.body.monthly.remaining).toBe(4500);
    });

    it('shows zero remaining past the limit', async () => {
      const { player, token } = await playerWithToken();
      await deposit(player, 800);
      await putLimits(token, { daily: 500 });

      const response = await getLimits(token);

      expect(response.body.daily.deposited).toBe(800);
      expect(response.body.daily.remaining).toBe(0);
    });

    it('counts only deposit entries', async () => {
      const { player, token } = await playerWithToken();
      await deposit(player, 400);
      const wallet = await testApp.app.get(WalletsRepository).ensure(player);
      const wallets = testApp.app.get(WalletService);
      await wallets.move({ wallet, balance: 'real', amount: -100n, type: 'withdrawal' });
      await wallets.move({ wallet, balance: 'real', amount: 50n, type: 'adjustment' });
      await wallets.move({ wallet, balance: 'bonus', amount: 70n, type: 'bonus_credit' });

      const response = await getLimits(token);

      expect(response.body.daily.deposited).toBe(400);
    });

    it('counts a deposit only inside each window', async () => {
      const { player, token } = await playerWithToken();
      const wallet = await testApp.app.get(WalletsRepository).ensure(player);
      // Ledger entries are append-only, so an old deposit is inserted with its time directly.
      await testApp.dataSource.query(
        `INSERT INTO ledger_entries (wallet_id, type, balance, amount, balance_after, created_at)
         VALUES ($1, 'deposit', 'real', 300, 300, now() - interval '2 days'),
                ($1, 'deposit', 'real', 200, 500, now() - interval '10 days'),
                ($1, 'deposit', 'real', 100, 600, now() - interval '31 days')`,
        [wallet.id],
      );

      const response = await getLimits(token);

      expect(response.body.daily.deposited).toBe(0);
      expect(response.body.weekly.deposited).toBe(300);
      expect(response.body.monthly.deposited).toBe(500);
    });

    it('shows only the own limits', async () => {
      const first = await playerWithToken();
      const second = await playerWithToken();
      await putLimits(first.token, { daily: 100 });
      await deposit(first.player, 50);

      const response = await getLimits(second.token);

      expect(response.body.daily).toEqual({ ...NO_LIMIT, window_seconds: 86_400 });
    });
  });

  describe('PUT /users/me/limits', () => {
    it('sets a first limit at once', async () => {
      const { token } = await playerWithToken();

      const response = await putLimits(token, { daily: 1000, weekly: 0 });

      expect(response.status).toBe(200);
      expect(response.body.daily).toEqual({
        limit: 1000,
        pending: null,
        window_seconds: 86_400,
        deposited: 0,
        remaining: 1000,
      });
      expect(response.body.weekly.limit).toBe(0);
      expect(response.body.monthly.limit).toBeNull();
    });

    it('lowers a limit at once', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { weekly: 5000 });

      const response = await putLimits(token, { weekly: 2000 });

      expect(response.body.weekly.limit).toBe(2000);
      expect(response.body.weekly.pending).toBeNull();
    });

    it('holds a raise for the cooling-off', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      const before = Date.now();

      const response = await putLimits(token, { daily: 3000 });

      const effectiveAt = new Date(response.body.daily.pending.effective_at).getTime();
      expect(response.body.daily.limit).toBe(1000);
      expect(response.body.daily.pending.limit).toBe(3000);
      expect(effectiveAt).toBeGreaterThanOrEqual(before + DAY_MS - 5000);
      expect(effectiveAt).toBeLessThanOrEqual(Date.now() + DAY_MS + 5000);
    });

    it('applies a raise after the cooling-off', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      await putLimits(token, { daily: 3000 });
      await endCoolingOff(player.id);

      const response = await getLimits(token);

      expect(response.body.daily.limit).toBe(3000);
      expect(response.body.daily.pending).toBeNull();
      expect(response.body.daily.remaining).toBe(3000);
    });

    it('holds a removal for the cooling-off', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { monthly: 9000 });

      const response = await putLimits(token, { monthly: null });

      expect(response.body.monthly.limit).toBe(9000);
      expect(response.body.monthly.pending.limit).toBeNull();
      expect(typeof response.body.monthly.pending.effective_at).toBe('string');
    });

    it('removes a limit after the cooling-off', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { monthly: 9000 });
      await putLimits(token, { monthly: null });
      await endCoolingOff(player.id);

      const response = await getLimits(token);

      expect(response.body.monthly).toEqual({ ...NO_LIMIT, window_seconds: 2_592_000 });
    });

    it('keeps the pending time on repeat', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { daily: 100 });
      const first = await putLimits(token, { daily: 200 });

      const second = await putLimits(token, { daily: 200 });

      expect(second.body.daily.pending).toEqual(first.body.daily.pending);
    });

    it('restarts the cooling-off for another raise', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 100 });
      await putLimits(token, { daily: 200 });
      await endCoolingOff(player.id);
      await putLimits(token, { daily: 300 });

      const response = await getLimits(token);

      expect(response.body.daily.limit).toBe(200);
      expect(response.body.daily.pending.limit).toBe(300);
    });

    it('drops a pending raise when lowered', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      await putLimits(token, { daily: 5000 });

      const response = await putLimits(token, { daily: 800 });

      expect(response.body.daily.limit).toBe(800);
      expect(response.body.daily.pending).toBeNull();
    });

    it('leaves absent periods unchanged', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { daily: 100, weekly: 500 });

      const response = await putLimits(token, { weekly: 400 });

      expect(response.body.daily.limit).toBe(100);
      expect(response.body.weekly.limit).toBe(400);
    });

    it('accepts an empty body', async () => {
      const { token } = await playerWithToken();

      const response = await putLimits(token, {});

      expect(response.status).toBe(200);
      expect(response.body.daily.limit).toBeNull();
    });

    it('accepts a request without a body', async () => {
      const { token } = await playerWithToken();

      const response = await request(testApp.server)
        .put('/users/me/limits')
        .auth(token, { type: 'bearer' });

      expect(response.status).toBe(200);
      expect(response.body.weekly.limit).toBeNull();
    });

    it('records the change in the audit log', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 100 });
      await putLimits(token, { daily: 250 });
      await testApp.app.get(AuditService).flush();

      const rows: { details: { changes: object[] } }[] = await testApp.dataSource.query(
        `SELECT details FROM audit_events
         WHERE type = 'deposit_limit_changed' AND user_id = $1 ORDER BY id`,
        [player.id],
      );

      expect(rows).toHaveLength(2);
      expect(rows[1].details.changes).toEqual([
        {
          period: 'daily',
          requested: 250,
          limit: 100,
          pending_limit: 250,
          pending_effective_at: expect.any(String),
        },
      ]);
    });

    it('rejects a negative limit', async () => {
      const { token } = await playerWithToken();

      const response = await putLimits(token, { daily: -1 });

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        status: 400,
        error: 'validation_failed',
        message: 'Invalid fields: daily',
        request_id: response.headers['x-request-id'],
        fields: {
          daily: [
            'daily must be null or an integer number of minor units between 0 and 10000000000000',
          ],
        },
      });
    });

    it.each([
      ['fractional limit', 'weekly', { weekly: 10.5 }],
      ['limit as string', 'monthly', { monthly: '100' }],
      ['limit too large', 'daily', { daily: 10_000_000_000_001 }],
      ['limit as boolean', 'daily', { daily: true }],
      ['unknown period', 'yearly', { yearly: 100 }],
    ])('rejects %s', async (_case, field, body) => {
      const { token } = await playerWithToken();

      const response = await putLimits(token, body);

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('changes nothing on a rejected request', async () => {
      const { token } = await playerWithToken();
      await putLimits(token, { daily: 100 });
      await putLimits(token, { daily: 50, weekly: -5 });

      const response = await getLimits(token);

      expect(response.body.daily.limit).toBe(100);
    });

    it('applies a raise at once without cooling-off', async () => {
      const instant = await startSecondInstance(testApp, {
        DEPOSIT_LIMIT_COOLING_OFF_SECONDS: '0',
      });
      try {
        const { token } = await playerWithToken();
        await putLimits(token, { daily: 100 }, instant.server);

        const response = await putLimits(token, { daily: 900 }, instant.server);

        expect(response.body.daily.limit).toBe(900);
        expect(response.body.daily.pending).toBeNull();
      } finally {
        await instant.close();
      }
    });
  });

  describe('scopes', () => {
    it('GET requires limits:read', async () => {
      const { token } = await playerWithToken(['profile:read', 'limits:write']);

      const response = await getLimits(token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });

    it('PUT requires limits:write', async () => {
      const { token } = await playerWithToken(['profile:read', 'limits:read']);

      const response = await putLimits(token, { daily: 100 });

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });

    it('rejects a client token', async () => {
      const client = await createConfidentialClient(testApp, brand, { scopes: ['limits:read'] });
      const token = await clientAccessToken(testApp, client.client.clientId, client.secret);

      const response = await getLimits(token);

      expect(response.status).toBe(403);
      expect(response.body.message).toBe("This route needs a player's access token");
    });

    it('requires a token', async () => {
      const response = await request(testApp.server).get('/users/me/limits');

      expect(response.status).toBe(401);
    });
  });

  describe('DepositLimitsService', () => {
    let service: DepositLimitsService;

    beforeAll(() => {
      service = testApp.app.get(DepositLimitsService);
    });

    it('allows any deposit without limits', async () => {
      const { player } = await playerWithToken();

      await expect(
        service.assertDepositAllowed(player.id, brand.id, 10_000_000n),
      ).resolves.toBeUndefined();
    });

    it('allows a deposit up to the limit', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      await deposit(player, 400);

      await expect(
        service.assertDepositAllowed(player.id, brand.id, 600n),
      ).resolves.toBeUndefined();
    });

    it('rejects a deposit over the limit', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      await deposit(player, 700);

      const error = await service.assertDepositAllowed(player.id, brand.id, 301n).catch((e) => e);

      expect(error).toBeInstanceOf(DepositLimitExceededException);
      expect(error.getStatus()).toBe(422);
      expect(error.code).toBe('deposit_limit_exceeded');
      expect(error.message).toBe(
        'The deposit of 301 minor units exceeds the daily deposit limit: ' +
          '300 of 1000 minor units remain in the rolling 24-hour period',
      );
      expect(error.remaining).toBe(300n);
    });

    it('names the tightest period', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000, weekly: 900, monthly: 5000 });
      await deposit(player, 500);

      const error = await service.assertDepositAllowed(player.id, brand.id, 800n).catch((e) => e);

      expect(error.message).toBe(
        'The deposit of 800 minor units exceeds the weekly deposit limit: ' +
          '400 of 900 minor units remain in the rolling 7-day period',
      );
    });

    it('rejects every deposit at a zero limit', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { monthly: 0 });

      const checking = service.assertDepositAllowed(player.id, brand.id, 1n);

      await expect(checking).rejects.toThrow(DepositLimitExceededException);
    });

    it('uses a pending raise only once due', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 100 });
      await putLimits(token, { daily: 1000 });

      await expect(service.assertDepositAllowed(player.id, brand.id, 500n)).rejects.toThrow(
        DepositLimitExceededException,
      );
      await endCoolingOff(player.id);
      await expect(
        service.assertDepositAllowed(player.id, brand.id, 500n),
      ).resolves.toBeUndefined();
    });

    it('counts uncredited deposits', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      await deposit(player, 100);

      const error = await service
        .assertDepositAllowed(player.id, brand.id, 500n, undefined, {
          uncredited: () => Promise.resolve(600n),
        })
        .catch((e) => e);

      expect(error.message).toBe(
        'The deposit of 500 minor units exceeds the daily deposit limit: ' +
          '300 of 1000 minor units remain in the rolling 24-hour period',
      );
    });

    it('rejects a player of another brand', async () => {
      const otherBrand = await createBrand(testApp);
      const stranger = await createPlayer(testApp, otherBrand);

      const checking = service.assertDepositAllowed(stranger.id, brand.id, 100n);

      await expect(checking).rejects.toThrow(`Player ${stranger.id} was not found`);
    });

    it('ignores limits of another brand', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 100 });
      const otherBrand = await createBrand(testApp);

      const remaining = await service.remaining(player.id, otherBrand.id);

      expect(remaining).toBeNull();
    });

    it('rejects a non-positive amount', async () => {
      const { player } = await playerWithToken();

      const checking = service.assertDepositAllowed(player.id, brand.id, 0n);

      await expect(checking).rejects.toThrow('A deposit amount must be positive');
    });

    it('returns null remaining without limits', async () => {
      const { player } = await playerWithToken();

      await expect(service.remaining(player.id, brand.id)).resolves.toBeNull();
    });

    it('returns the smallest remaining amount', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000, weekly: 700 });
      await deposit(player, 250);

      await expect(service.remaining(player.id, brand.id)).resolves.toBe(450n);
    });

    it('lets one of two concurrent deposits pass', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { daily: 1000 });
      await deposit(player, 200);
      const wallet = await testApp.app.get(WalletsRepository).ensure(player);
      const wallets = testApp.app.get(WalletService);

      const depositInTransaction = (): Promise<void> =>
        testApp.dataSource.transaction(async (manager) => {
          await service.assertDepositAllowed(player.id, brand.id, 500n, manager);
          await wallets.move({ wallet, balance: 'real', amount: 500n, type: 'deposit' }, manager);
        });
      const results = await Promise.allSettled([depositInTransaction(), depositInTransaction()]);

      const passed = results.filter((result) => result.status === 'fulfilled');
      const rejected = results.filter(
        (result): result is PromiseRejectedResult => result.status === 'rejected',
      );
      expect(passed).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(DepositLimitExceededException);
      await expect(service.remaining(player.id, brand.id)).resolves.toBe(300n);
      await expectLedgerMatchesBalance(wallet.id, 700);
    });

    it('never exceeds the limit under load', async () => {
      const { player, token } = await playerWithToken();
      await putLimits(token, { weekly: 1000 });
      const wallet = await testApp.app.get(WalletsRepository).ensure(player);
      const wallets = testApp.app.get(WalletService);

      const results = await Promise.allSettled(
        Array.from({ length: 30 }, () =>
          testApp.dataSource.transaction(async (manager) => {
            await service.assertDepositAllowed(player.id, brand.id, 100n, manager);
            await wallets.move({ wallet, balance: 'real', amount: 100n, type: 'deposit' }, manager);
          }),
        ),
      );

      const passed = results.filter((result) => result.status === 'fulfilled');
      const reasons = results
        .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
        .map((result) => (result.reason as { code?: string }).code);
      expect(passed).toHaveLength(10);
      expect(new Set(reasons)).toEqual(new Set(['deposit_limit_exceeded']));
      const view = await getLimits(token);
      expect(view.body.weekly.deposited).toBe(1000);
      await expectLedgerMatchesBalance(wallet.id, 1000);
    });
  });
});
