import request from 'supertest';

import {
  createGamePlayer,
  createGamesBrand,
  GamePlayer,
  GamesBrand,
  postRound,
  startSession,
} from './helpers/games';
import { startTestApp, TestApp } from './helpers/test-app';

interface LedgerRow {
  type: string;
  balance: string;
  amount: string;
  reference_type: string;
}

describe('game rounds', () => {
  let testApp: TestApp;
  let setup: GamesBrand;

  async function sessionOf(player: GamePlayer): Promise<string> {
    const response = await startSession(testApp, player.token, setup.gameId);
    expect(response.status).toBe(201);
    return (response.body as { id: string }).id;
  }

  function wallet(player: GamePlayer): Promise<request.Response> {
    return request(testApp.server).get('/wallet').auth(player.token, { type: 'bearer' });
  }

  function ledger(roundRowId: string): Promise<LedgerRow[]> {
    return testApp.dataSource.query(
      `SELECT type, balance, amount::text, reference_type FROM ledger_entries
       WHERE reference_id = $1 ORDER BY id`,
      [roundRowId],
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createGamesBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('debits real then bonus', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 100, bonus: 500 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'split-1',
      bet: 300,
      win: 0,
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      bet_real: 100,
      bet_bonus: 200,
      real_balance: 0,
      bonus_balance: 300,
    });
  });

  it('credits the win to real', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);

    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'w-1',
      bet: 100,
      win: 250,
    });
    const balances = await wallet(player);

    expect(balances.body).toMatchObject({ real_balance: 1150, bonus_balance: 0 });
  });

  it('writes bet and win entries', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 50, bonus: 50 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'ledger-1',
      bet: 80,
      win: 30,
    });

    expect(await ledger((response.body as { id: string }).id)).toEqual([
      { type: 'bet', balance: 'real', amount: '-50', reference_type: 'round' },
      { type: 'bet', balance: 'bonus', amount: '-30', reference_type: 'round' },
      { type: 'win', balance: 'real', amount: '30', reference_type: 'round' },
    ]);
  });

  it('writes balance_after in order', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 50, bonus: 70 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'after-1',
      bet: 80,
      win: 30,
    });
    const entries: { type: string; balance: string; amount: string; balance_after: string }[] =
      await testApp.dataSource.query(
        `SELECT type, balance, amount::text, balance_after::text FROM ledger_entries
         WHERE reference_id = $1 ORDER BY id`,
        [(response.body as { id: string }).id],
      );

    expect(response.status).toBe(201);
    expect(entries).toEqual([
      { type: 'bet', balance: 'real', amount: '-50', balance_after: '0' },
      { type: 'bet', balance: 'bonus', amount: '-30', balance_after: '40' },
      { type: 'win', balance: 'real', amount: '30', balance_after: '30' },
    ]);
    expect((await wallet(player)).body).toMatchObject({ real_balance: 30, bonus_balance: 40 });
  });

  it('writes balance_after without bonus', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 500 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'after-2',
      bet: 120,
      win: 45,
    });
    const entries: { type: string; amount: string; balance_after: string }[] =
      await testApp.dataSource.query(
        `SELECT type, amount::text, balance_after::text FROM ledger_entries
         WHERE reference_id = $1 ORDER BY id`,
        [(response.body as { id: string }).id],
      );

    expect(response.body).toMatchObject({ real_balance: 425, bonus_balance: 0 });
    expect(entries).toEqual([
      { type: 'bet', amount: '-120', balance_after: '380' },
      { type: 'win', amount: '45', balance_after: '425' },
    ]);
  });

  it('updates the session totals', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);
    await postRound(testApp, setup.providerToken, sessionId, { round_id: 't-1', bet: 100, win: 0 });
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 't-2',
      bet: 50,
      win: 400,
    });

    const response = await request(testApp.server)
      .get(`/game-sessions/${sessionId}`)
      .auth(player.token, { type: 'bearer' });

    expect(response.body).toMatchObject({
      amount: 1000,
      bet: 150,
      win: 400,
      amount_after: 1250,
      status: 'active',
    });
  });

  it('replays a repeated round', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);
    const body = { round_id: 'again-1', bet: 100, win: 20 };
    const first = await postRound(testApp, setup.providerToken, sessionId, body);

    const second = await postRound(testApp, setup.providerToken, sessionId, body);

    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
  });

  it('moves no money on a repeat', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);
    const body = { round_id: 'again-2', bet: 100, win: 0 };
    await postRound(testApp, setup.providerToken, sessionId, body);
    await postRound(testApp, setup.providerToken, sessionId, body);

    const balances = await wallet(player);

    expect(balances.body).toMatchObject({ real_balance: 900 });
  });

  it('replays concurrent repeats once', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);
    const body = { round_id: 'race-1', bet: 100, win: 0 };

    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postRound(testApp, setup.providerToken, sessionId, body)),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect((await wallet(player)).body).toMatchObject({ real_balance: 900 });
  });

  it('rejects a round id of another session', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const first = await sessionOf(player);
    const second = await sessionOf(player);
    const body = { round_id: 'moved-1', bet: 10, win: 0 };
    await postRound(testApp, setup.providerToken, first, body);

    const response = await postRound(testApp, setup.providerToken, second, body);

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      message: 'Round moved-1 of this provider was already reported for another game session',
    });
  });

  it('rejects a bet over the balance', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 40, bonus: 50 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'big-1',
      bet: 100,
      win: 0,
    });

    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ status: 422, error: 'insufficient_funds' });
    expect((await wallet(player)).body).toMatchObject({ real_balance: 40, bonus_balance: 50 });
  });

  it('keeps a rejected round id free', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 40 });
    const sessionId = await sessionOf(player);
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'free-1',
      bet: 100,
      win: 0,
    });

    const retry = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'free-1',
      bet: 40,
      win: 0,
    });

    expect(retry.status).toBe(201);
  });

  it('rejects a round on an ended session', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);
    await request(testApp.server)
      .patch(`/game-sessions/${sessionId}`)
      .auth(player.token, { type: 'bearer' })
      .send({ status: 'ended' });

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'late-1',
      bet: 10,
      win: 0,
    });

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ message: `Game session ${sessionId} has ended` });
  });

  it('hides sessions of other brands', async () => {
    const other = await createGamesBrand(testApp);
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, other.providerToken, sessionId, {
      round_id: 'brand-1',
      bet: 10,
      win: 0,
    });

    expect(response.status).toBe(404);
  });

  it('rejects a player token', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, player.token, sessionId, {
      round_id: 'self-1',
      bet: 10,
      win: 1000,
    });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'insufficient_scope' });
  });

  it('rejects a negative bet', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 1000 });
    const sessionId = await sessionOf(player);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'neg-1',
      bet: -10,
      win: 0,
    });

    expect(response.status).toBe(400);
  });
});
