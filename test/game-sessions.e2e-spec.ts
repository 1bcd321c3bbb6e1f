import request, { Response } from 'supertest';

import {
  createGamePlayer,
  createGamesBrand,
  GamePlayer,
  GamesBrand,
  postRound,
  startSession,
} from './helpers/games';
import { startTestApp, TestApp } from './helpers/test-app';

describe('game sessions', () => {
  let testApp: TestApp;
  let setup: GamesBrand;

  function endSession(token: string, sessionId: string, body: object = { status: 'ended' }) {
    return request(testApp.server)
      .patch(`/game-sessions/${sessionId}`)
      .auth(token, { type: 'bearer' })
      .send(body);
  }

  function list(player: GamePlayer, query = ''): Promise<Response> {
    return request(testApp.server)
      .get(`/game-sessions${query}`)
      .auth(player.token, { type: 'bearer' });
  }

  async function sessionOf(player: GamePlayer, gameId = setup.gameId): Promise<string> {
    const response = await startSession(testApp, player.token, gameId);
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createGamesBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('POST /game-sessions', () => {
    it('starts with the balance', async () => {
      const player = await createGamePlayer(testApp, setup, { real: 700, bonus: 300 });

      const response = await startSession(testApp, player.token, setup.gameId);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        game: { id: setup.gameId, name: 'Book of Gold' },
        start_date: expect.any(String),
        amount: 1000,
        bet: 0,
        win: 0,
        amount_after: 1000,
        end_date: null,
        status: 'active',
        reality_check: 0,
      });
    });

    it('rejects a game of another brand', async () => {
      const other = await createGamesBrand(testApp);
      const player = await createGamePlayer(testApp, setup);

      const response = await startSession(testApp, player.token, other.gameId);

      expect(response.status).toBe(404);
    });

    it('rejects a malformed game id', async () => {
      const player = await createGamePlayer(testApp, setup);

      const response = await startSession(testApp, player.token, 'not-a-uuid');

      expect(response.status).toBe(400);
    });
  });

  describe('PATCH /game-sessions/:id', () => {
    it('ends by the player', async () => {
      const player = await createGamePlayer(testApp, setup);
      const sessionId = await sessionOf(player);

      const response = await endSession(player.token, sessionId);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ended', end_date: expect.any(String) });
    });

    it('ends by the provider', async () => {
      const player = await createGamePlayer(testApp, setup);
      const sessionId = await sessionOf(player);

      const response = await endSession(setup.providerToken, sessionId);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'ended' });
    });

    it("hides another player's session", async () => {
      const owner = await createGamePlayer(testApp, setup);
      const other = await createGamePlayer(testApp, setup);
      const sessionId = await sessionOf(owner);

      const response = await endSession(other.token, sessionId);

      expect(response.status).toBe(404);
    });

    it('rejects the back office', async () => {
      const player = await createGamePlayer(testApp, setup);
      const sessionId = await sessionOf(player);

      const response = await endSession(setup.backOfficeToken, sessionId);

      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ error: 'insufficient_scope' });
    });

    it('rejects another status', async () => {
      const player = await createGamePlayer(testApp, setup);
      const sessionId = await sessionOf(player);

      const response = await endSession(player.token, sessionId, { status: 'active' });

      expect(response.status).toBe(400);
    });
  });

  describe('GET /game-sessions', () => {
    it('lists own sessions with totals', async () => {
      const player = await createGamePlayer(testApp, setup, { real: 500 });
      const sessionId = await sessionOf(player);
      await postRound(testApp, setup.providerToken, sessionId, {
        round_id: `list-${sessionId}`,
        bet: 100,
        win: 60,
      });

      const response = await list(player);

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: [expect.objectContaining({ id: sessionId, bet: 100, win: 60, amount_after: 460 })],
        page: 1,
        per_page: 20,
        total: 1,
      });
    });

    it('filters by game', async () => {
      const player = await createGamePlayer(testApp, setup);
      const other = await request(testApp.server)
        .post('/games')
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ name: 'Blackjack', provider: 'sandbox-games', category: 'table' });
      await sessionOf(player);
      await sessionOf(player, (other.body as { id: string }).id);

      const response = await list(player, `?game_id=${setup.gameId}`);

      expect(response.body).toMatchObject({ total: 1 });
    });

    it('filters by date', async () => {
      const player = await createGamePlayer(testApp, setup);
      await sessionOf(player);

      const response = await list(player, '?from=2999-01-01T00:00:00Z');

      expect(response.body).toMatchObject({ data: [], total: 0 });
    });

    it('rejects a malformed date', async () => {
      const player = await createGamePlayer(testApp, setup);

      const response = await list(player, '?from=yesterday');

      expect(response.status).toBe(400);
    });

    it('rejects a day missing from its month', async () => {
      const player = await createGamePlayer(testApp, setup);

      const response = await list(player, '?to=2026-02-29T00:00:00Z');

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['to']);
    });

    it('accepts a leap day', async () => {
      const player = await createGamePlayer(testApp, setup);

      const response = await list(player, '?from=2028-02-29T00:00:00Z');

      expect(response.status).toBe(200);
    });

    it("hides another player's session", async () => {
      const owner = await createGamePlayer(testApp, setup);
      const other = await createGamePlayer(testApp, setup);
      const sessionId = await sessionOf(owner);

      const response = await request(testApp.server)
        .get(`/game-sessions/${sessionId}`)
        .auth(other.token, { type: 'bearer' });

      expect(response.status).toBe(404);
    });
  });
});
