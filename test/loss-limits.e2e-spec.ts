import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { playerAccessToken } from './helpers/access-tokens';
import { createAppClient } from './helpers/factories';
import {
  createGamePlayer,
  createGamesBrand,
  GamePlayer,
  GamesBrand,
  PLAYER_GAME_SCOPES,
  postRound,
  startSession,
} from './helpers/games';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const LIMIT_SCOPES = [...PLAYER_GAME_SCOPES, 'limits:read', 'limits:write'];
const NO_LOSS_LIMIT = { limit: null, pending: null, net_loss: 0, remaining: null };
const PARALLEL_ROUNDS = 60;
const REQUEST_TIMEOUT_MS = 30_000;

jest.setTimeout(120_000);

interface LimitsPlayer extends GamePlayer {
  limitsToken: string;
  sessionId: string;
}

describe('loss limits', () => {
  let testApp: TestApp;
  let setup: GamesBrand;
  let limitsClientId: string;
  let roundCounter = 0;

  async function limitsPlayer(real = 100_000): Promise<LimitsPlayer> {
    const player = await createGamePlayer(testApp, setup, { real });
    const limitsToken = await playerAccessToken(testApp, limitsClientId, player.user.email);
    const session = await startSession(testApp, player.token, setup.gameId);
    return { ...player, limitsToken, sessionId: (session.body as { id: string }).id };
  }

  function putLimits(token: string, body: object, server = testApp.server): Promise<Response> {
    return request(server).put('/users/me/limits').auth(token, { type: 'bearer' }).send(body);
  }

  function getLimits(token: string): Promise<Response> {
    return request(testApp.server).get('/users/me/limits').auth(token, { type: 'bearer' });
  }

  function round(player: LimitsPlayer, bet: number, win = 0): request.Test {
    roundCounter += 1;
    return postRound(testApp, setup.providerToken, player.sessionId, {
      round_id: `loss-${roundCounter}`,
      bet,
      win,
    });
  }

  async function wallet(player: GamePlayer): Promise<{ real_balance: number }> {
    const response = await request(testApp.server)
      .get('/wallet')
      .auth(player.token, { type: 'bearer' });
    return response.body as { real_balance: number };
  }

  /** Inserts a past round's ledger entries; entries are append-only, so the time is set here. */
  async function pastRound(player: LimitsPlayer, bet: number, win: number, age: string) {
    await testApp.dataSource.query(
      `INSERT INTO ledger_entries (wallet_id, type, balance, amount, balance_after, created_at)
       SELECT id, 'bet', 'real', $2::bigint, real_balance, now() - $4::interval
       FROM wallets WHERE user_id = $1
       UNION ALL
       SELECT id, 'win', 'real', $3::bigint, real_balance, now() - $4::interval
       FROM wallets WHERE user_id = $1 AND $3::bigint > 0`,
      [player.user.id, -bet, win, age],
    );
  }

  /**
   * Polls for up to 5 seconds until a round's claim, which locks the session and then the wallet,
   * waits for a row lock. pg_stat_activity cuts the text at track_activity_query_size (1 kB by
   * default), so the match is on the claim's INSERT near its start.
   */
  async function waitForWalletLockWait(): Promise<boolean> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const rows: { waiting: number }[] = await testApp.dataSource.query(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'
           AND query LIKE '%INSERT INTO game_rounds%'`,
      );
      if (rows[0].waiting > 0) {
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createGamesBrand(testApp);
    const app = await createAppClient(testApp, setup.brand, {
      scopes: LIMIT_SCOPES,
      default_scopes: LIMIT_SCOPES,
    });
    limitsClientId = app.clientId;
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('the limits resource', () => {
    it('shows no loss limits at first', async () => {
      const player = await limitsPlayer();

      const response = await getLimits(player.limitsToken);

      expect(response.status).toBe(200);
      expect(response.body.loss).toEqual({
        daily: { ...NO_LOSS_LIMIT, window_seconds: 86_400 },
        weekly: { ...NO_LOSS_LIMIT, window_seconds: 604_800 },
        monthly: { ...NO_LOSS_LIMIT, window_seconds: 2_592_000 },
      });
    });

    it('sets loss limits apart from deposit limits', async () => {
      const player = await limitsPlayer();

      const response = await putLimits(player.limitsToken, { daily: 700, loss: { weekly: 500 } });

      expect(response.status).toBe(200);
      expect(response.body.daily.limit).toBe(700);
      expect(response.body.weekly.limit).toBeNull();
      expect(response.body.loss.weekly).toEqual({
        limit: 500,
        pending: null,
        window_seconds: 604_800,
        net_loss: 0,
        remaining: 500,
      });
      expect(response.body.loss.daily.limit).toBeNull();
    });

    it('shows net loss and remaining', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 1000 } });
      await round(player, 300, 0);
      await round(player, 200, 50);

      const response = await getLimits(player.limitsToken);

      expect(response.body.loss.daily).toMatchObject({ net_loss: 450, remaining: 550 });
      expect(response.body.loss.monthly).toMatchObject({ net_loss: 450, remaining: null });
    });

    it('lowers a loss limit at once', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { monthly: 5000 } });

      const response = await putLimits(player.limitsToken, { loss: { monthly: 3000 } });

      expect(response.body.loss.monthly).toMatchObject({ limit: 3000, pending: null });
    });

    it('holds a raise for the cooling-off', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 1000 } });

      const response = await putLimits(player.limitsToken, { loss: { daily: 4000 } });

      expect(response.body.loss.daily.limit).toBe(1000);
      expect(response.body.loss.daily.pending).toEqual({
        limit: 4000,
        effective_at: expect.any(String),
      });
    });

    it('holds a removal for the cooling-off', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { weekly: 1000 } });

      const response = await putLimits(player.limitsToken, { loss: { weekly: null } });

      expect(response.body.loss.weekly.limit).toBe(1000);
      expect(response.body.loss.weekly.pending.limit).toBeNull();
    });

    it('applies a raise after the cooling-off', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 100 } });
      await putLimits(player.limitsToken, { loss: { daily: 900 } });
      await testApp.dataSource.query(
        `UPDATE loss_limits SET pending_effective_at = now() - interval '1 second'
         WHERE user_id = $1`,
        [player.user.id],
      );

      const response = await round(player, 800);

      expect(response.status).toBe(201);
    });

    it('applies a raise at once without cooling-off', async () => {
      const instant = await startSecondInstance(testApp, {
        DEPOSIT_LIMIT_COOLING_OFF_SECONDS: '0',
      });
      try {
        const player = await limitsPlayer();
        await putLimits(player.limitsToken, { loss: { daily: 100 } }, instant.server);

        const response = await putLimits(
          player.limitsToken,
          { loss: { daily: 900 } },
          instant.server,
        );

        expect(response.body.loss.daily).toMatchObject({ limit: 900, pending: null });
      } finally {
        await instant.close();
      }
    });

    it.each([
      ['negative limit', { loss: { daily: -1 } }, 'loss.daily'],
      ['fractional limit', { loss: { weekly: 1.5 } }, 'loss.weekly'],
      ['unknown period', { loss: { yearly: 100 } }, 'loss.yearly'],
      ['loss as number', { loss: 100 }, 'loss'],
    ])('rejects %s', async (_case, body, field) => {
      const player = await limitsPlayer();

      const response = await putLimits(player.limitsToken, body);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation_failed');
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('records the change in the audit log', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 100 } });
      await testApp.app.get(AuditService).flush();

      const rows: { details: object }[] = await testApp.dataSource.query(
        `SELECT details FROM audit_events WHERE type = 'loss_limit_changed' AND user_id = $1`,
        [player.user.id],
      );

      expect(rows).toEqual([
        {
          details: {
            changes: [
              {
                period: 'daily',
                requested: 100,
                limit: 100,
                pending_limit: null,
                pending_effective_at: null,
              },
            ],
          },
        },
      ]);
    });
  });

  describe('rounds', () => {
    it('rejects a bet past the daily limit', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 1000 } });
      await round(player, 700);

      const response = await round(player, 400);

      expect(response.status).toBe(422);
      expect(response.body).toEqual({
        status: 422,
        error: 'loss_limit_exceeded',
        message:
          'The bet of 400 minor units exceeds the daily loss limit: 300 of 1000 minor units ' +
          'remain in the rolling 24-hour period',
        request_id: response.headers['x-request-id'],
      });
    });

    it('accepts a bet up to the limit', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 1000 } });
      await round(player, 700);

      const response = await round(player, 300);

      expect(response.status).toBe(201);
    });

    it('counts a past week against weekly', async () => {
      const player = await limitsPlayer();
      await pastRound(player, 900, 100, '3 days');
      await putLimits(player.limitsToken, { loss: { daily: 1000, weekly: 1000 } });

      const response = await round(player, 300);

      expect(response.status).toBe(422);
      expect(response.body.message).toBe(
        'The bet of 300 minor units exceeds the weekly loss limit: 200 of 1000 minor units ' +
          'remain in the rolling 7-day period',
      );
    });

    it('counts a past month against monthly', async () => {
      const player = await limitsPlayer();
      await pastRound(player, 1500, 0, '20 days');
      await pastRound(player, 5000, 0, '31 days');
      await putLimits(player.limitsToken, { loss: { weekly: 1000, monthly: 2000 } });

      const response = await round(player, 600);

      expect(response.status).toBe(422);
      expect(response.body.message).toBe(
        'The bet of 600 minor units exceeds the monthly loss limit: 500 of 2000 minor units ' +
          'remain in the rolling 30-day period',
      );
    });

    it('ignores rounds outside the window', async () => {
      const player = await limitsPlayer();
      await pastRound(player, 900, 0, '2 days');
      await putLimits(player.limitsToken, { loss: { daily: 1000 } });

      const response = await round(player, 1000);

      expect(response.status).toBe(201);
    });

    it('lets wins raise the remaining amount', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { daily: 500 } });
      await round(player, 100, 600);

      const response = await round(player, 900);

      expect(response.status).toBe(201);
    });

    it('rejects any bet at a zero limit', async () => {
      const player = await limitsPlayer();
      await putLimits(player.limitsToken, { loss: { monthly: 0 } });

      const rejected = await round(player, 1);
      const free = await round(player, 0, 10);

      expect(rejected.status).toBe(422);
      expect(free.status).toBe(201);
    });

    it('moves nothing on a rejected round', async () => {
      const player = await limitsPlayer(5000);
      await putLimits(player.limitsToken, { loss: { daily: 100 } });

      const response = await postRound(testApp, setup.providerToken, player.sessionId, {
        round_id: 'loss-kept-free',
        bet: 200,
        win: 500,
      });

      expect(response.status).toBe(422);
      expect((await wallet(player)).real_balance).toBe(5000);
      const session = await request(testApp.server)
        .get(`/game-sessions/${player.sessionId}`)
        .auth(player.token, { type: 'bearer' });
      expect(session.body).toMatchObject({ bet: 0, win: 0 });
      const rounds: unknown[] = await testApp.dataSource.query(
        `SELECT id FROM game_rounds WHERE round_id = 'loss-kept-free'`,
      );
      expect(rounds).toEqual([]);
      const entries: unknown[] = await testApp.dataSource.query(
        `SELECT e.id FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
         WHERE w.user_id = $1 AND e.type IN ('bet', 'win')`,
        [player.user.id],
      );
      expect(entries).toEqual([]);
    });

    it('applies a limit set during the wallet lock', async () => {
      const player = await limitsPlayer(5000);
      // Holds the wallet lock and adds a limit as a limit change does, while a round waits.
      const change = testApp.dataSource.createQueryRunner();
      await change.connect();
      await change.startTransaction();
      let pending: Promise<Response> | undefined;
      try {
        await change.query(`SELECT id FROM wallets WHERE user_id = $1 FOR NO KEY UPDATE`, [
          player.user.id,
        ]);
        await change.query(
          `INSERT INTO loss_limits (user_id, period, brand_id, amount, updated_at)
           VALUES ($1, 'daily', $2, 100, now())`,
          [player.user.id, setup.brand.id],
        );
        pending = round(player, 200).then((response) => response);
        expect(await waitForWalletLockWait()).toBe(true);
        await change.commitTransaction();
      } finally {
        if (change.isTransactionActive) {
          await change.rollbackTransaction();
        }
        await change.release();
      }

      const response = await pending;

      expect(response?.status).toBe(422);
      expect(response?.body).toMatchObject({ error: 'loss_limit_exceeded' });
      expect((await wallet(player)).real_balance).toBe(5000);
    });

    it('holds the limit under parallel rounds', async () => {
      const player = await limitsPlayer(100_000);
      await putLimits(player.limitsToken, { loss: { daily: 1000 } });

      const responses = await Promise.all(
        Array.from({ length: PARALLEL_ROUNDS }, () =>
          round(player, 100).timeout(REQUEST_TIMEOUT_MS),
        ),
      );

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(10);
      expect(statuses.filter((status) => status === 422)).toHaveLength(PARALLEL_ROUNDS - 10);
      expect((await wallet(player)).real_balance).toBe(99_000);
      expect((await getLimits(player.limitsToken)).body.loss.daily).toMatchObject({
        net_loss: 1000,
        remaining: 0,
      });
    });

    it('holds the limit across sessions', async () => {
      const player = await limitsPlayer(100_000);
      const second = await startSession(testApp, player.token, setup.gameId);
      const other = { ...player, sessionId: (second.body as { id: string }).id };
      await putLimits(player.limitsToken, { loss: { weekly: 1500 } });

      const responses = await Promise.all(
        Array.from({ length: PARALLEL_ROUNDS }, (_unused, index) =>
          round(index % 2 === 0 ? player : other, 100).timeout(REQUEST_TIMEOUT_MS),
        ),
      );

      expect(responses.filter((response) => response.status === 201)).toHaveLength(15);
      expect((await wallet(player)).real_balance).toBe(98_500);
    });

    it('holds the limit while lowered', async () => {
      const player = await limitsPlayer(100_000);
      await putLimits(player.limitsToken, { loss: { daily: 5000 } });

      const [, ...responses] = await Promise.all([
        putLimits(player.limitsToken, { loss: { daily: 500 } }),
        ...Array.from({ length: 20 }, () => round(player, 100).timeout(REQUEST_TIMEOUT_MS)),
      ]);

      const accepted = responses.filter((response) => response.status === 201).length;
      const limits = await getLimits(player.limitsToken);
      expect(limits.body.loss.daily.net_loss).toBe(accepted * 100);
      expect(responses.every((response) => [201, 422].includes(response.status))).toBe(true);
    });
  });
});
