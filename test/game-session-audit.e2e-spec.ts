import request from 'supertest';

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
import { startTestApp, TestApp } from './helpers/test-app';

interface AuditRow {
  type: string;
  client_id: string | null;
  user_id: string | null;
  details: Record<string, unknown>;
}

/** Starting the app and a brand takes several seconds on a loaded machine. */
jest.setTimeout(60_000);

describe('game session audit events', () => {
  let testApp: TestApp;
  let setup: GamesBrand;

  async function sessionOf(player: GamePlayer): Promise<string> {
    const response = await startSession(testApp, player.token, setup.gameId);
    return (response.body as { id: string }).id;
  }

  async function eventsOf(player: GamePlayer, type: string): Promise<AuditRow[]> {
    await testApp.app.get(AuditService).flush();
    return testApp.dataSource.query(
      `SELECT type, client_id, user_id, details FROM audit_events
       WHERE user_id = $1 AND type = $2 ORDER BY id`,
      [player.user.id, type],
    );
  }

  /** Fails when an event contains any of the player's personal data. */
  function expectNoPersonalData(rows: AuditRow[], player: GamePlayer): void {
    const text = JSON.stringify(rows);
    for (const value of [
      player.user.email,
      player.user.nickname,
      player.user.firstName,
      player.user.lastName,
      player.user.mobileNumber,
    ]) {
      if (value) {
        expect(text).not.toContain(value);
      }
    }
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createGamesBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('records a session start', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 500 });
    const sessionId = await sessionOf(player);

    const rows = await eventsOf(player, 'game_session_started');

    expect(rows).toEqual([
      {
        type: 'game_session_started',
        client_id: setup.appClientId,
        user_id: player.user.id,
        details: { game_session_id: sessionId, game_id: setup.gameId, amount: 500 },
      },
    ]);
    expectNoPersonalData(rows, player);
  });

  it('records an end by the player', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 500 });
    const sessionId = await sessionOf(player);
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'au-1',
      bet: 100,
      win: 40,
    });
    const end = () =>
      request(testApp.server)
        .patch(`/game-sessions/${sessionId}`)
        .auth(player.token, { type: 'bearer' })
        .send({ status: 'ended' });
    await end();
    await end();

    const rows = await eventsOf(player, 'game_session_ended');

    expect(rows).toHaveLength(1);
    expect(rows[0].details).toEqual({
      game_session_id: sessionId,
      game_id: setup.gameId,
      reason: 'player',
      bet: 100,
      win: 40,
      amount_after: 440,
    });
    expectNoPersonalData(rows, player);
  });

  it('records an end by the provider', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 500 });
    const sessionId = await sessionOf(player);
    await request(testApp.server)
      .patch(`/game-sessions/${sessionId}`)
      .auth(setup.providerToken, { type: 'bearer' })
      .send({ status: 'ended' });

    const rows = await eventsOf(player, 'game_session_ended');

    expect(rows).toHaveLength(1);
    expect(rows[0].details).toMatchObject({ reason: 'provider' });
    expect(rows[0].client_id).not.toBe(setup.appClientId);
  });

  it('records a round short of funds', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 50, bonus: 20 });
    const sessionId = await sessionOf(player);
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'au-2',
      bet: 100,
      win: 0,
    });

    const rows = await eventsOf(player, 'game_round_rejected');

    expect(rows).toHaveLength(1);
    expect(rows[0].details).toEqual({
      reason: 'insufficient_funds',
      game_session_id: sessionId,
      round_id: 'au-2',
      bet: 100,
      win: 0,
    });
    expectNoPersonalData(rows, player);
  });

  it('records a round over a loss limit', async () => {
    const scopes = [...PLAYER_GAME_SCOPES, 'limits:write'];
    const app = await createAppClient(testApp, setup.brand, { scopes, default_scopes: scopes });
    const player = await createGamePlayer(testApp, setup, { real: 5000 });
    const limitsToken = await playerAccessToken(testApp, app.clientId, player.user.email);
    await request(testApp.server)
      .put('/users/me/limits')
      .auth(limitsToken, { type: 'bearer' })
      .send({ loss: { weekly: 300 } });
    const sessionId = await sessionOf(player);
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'au-3',
      bet: 400,
      win: 0,
    });

    const rows = await eventsOf(player, 'game_round_rejected');

    expect(rows).toHaveLength(1);
    expect(rows[0].details).toEqual({
      reason: 'loss_limit_exceeded',
      game_session_id: sessionId,
      round_id: 'au-3',
      bet: 400,
      win: 0,
      period: 'weekly',
      limit: 300,
      remaining: 300,
    });
  });

  it('records no rejection for an accepted round', async () => {
    const player = await createGamePlayer(testApp, setup, { real: 500 });
    const sessionId = await sessionOf(player);
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'au-4',
      bet: 100,
      win: 0,
    });

    expect(await eventsOf(player, 'game_round_rejected')).toEqual([]);
  });
});
