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

/** 300 rounds in flight at once; the funds cover only part of their bets. */
const ROUNDS = 300;
const BET = 100;
const REAL_FUNDS = 8_000;
const BONUS_FUNDS = 4_000;
/** Every third round wins, so credits interleave with debits. */
const winOf = (index: number): number => (index % 3 === 0 ? 150 : 0);
const REQUEST_TIMEOUT_MS = 30_000;

jest.setTimeout(120_000);

describe('concurrent rounds on one session', () => {
  let testApp: TestApp;
  let setup: GamesBrand;
  let player: GamePlayer;
  let sessionId: string;
  let responses: Response[];

  function accepted(): number[] {
    return responses.flatMap((response, index) => (response.status === 201 ? [index] : []));
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createGamesBrand(testApp);
    player = await createGamePlayer(testApp, setup, { real: REAL_FUNDS, bonus: BONUS_FUNDS });
    sessionId = ((await startSession(testApp, player.token, setup.gameId)).body as { id: string })
      .id;
    responses = await Promise.all(
      Array.from({ length: ROUNDS }, (_unused, index) =>
        postRound(testApp, setup.providerToken, sessionId, {
          round_id: `load-${index}`,
          bet: BET,
          win: winOf(index),
        }).timeout(REQUEST_TIMEOUT_MS),
      ),
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers 201 or 422 only', () => {
    const statuses = new Set(responses.map((response) => response.status));

    expect([...statuses].filter((status) => status !== 201 && status !== 422)).toEqual([]);
  });

  it('rejects some bets', () => {
    expect(accepted().length).toBeLessThan(ROUNDS);
  });

  it('keeps balances non-negative', async () => {
    const wallet = await request(testApp.server)
      .get('/wallet')
      .auth(player.token, { type: 'bearer' });

    expect(wallet.body.real_balance).toBeGreaterThanOrEqual(0);
    expect(wallet.body.bonus_balance).toBeGreaterThanOrEqual(0);
  });

  it('keeps the ledger consistent', async () => {
    const response = await request(testApp.server)
      .get(`/wallets/${player.user.id}/verify`)
      .auth(setup.backOfficeToken, { type: 'bearer' });

    expect(response.body).toMatchObject({ consistent: true });
  });

  it('totals the accepted rounds', async () => {
    const indexes = accepted();
    const wins = indexes.reduce((sum, index) => sum + winOf(index), 0);

    const session = await request(testApp.server)
      .get(`/game-sessions/${sessionId}`)
      .auth(player.token, { type: 'bearer' });

    expect(session.body).toMatchObject({ bet: indexes.length * BET, win: wins });
  });

  it('ends at the expected balance', async () => {
    const indexes = accepted();
    const wins = indexes.reduce((sum, index) => sum + winOf(index), 0);
    const wallet = await request(testApp.server)
      .get('/wallet')
      .auth(player.token, { type: 'bearer' });

    expect(wallet.body.total_balance).toBe(REAL_FUNDS + BONUS_FUNDS - indexes.length * BET + wins);
  });
});
