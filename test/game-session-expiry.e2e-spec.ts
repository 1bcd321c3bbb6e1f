import request from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { SessionExpiryService } from '../src/gaming/games/session-expiry.service';
import {
  createGamePlayer,
  createGamesBrand,
  GamePlayer,
  GamesBrand,
  postRound,
  startSession,
} from './helpers/games';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const IDLE_SECONDS = 600;
const CONCURRENT_IDLE_SESSIONS = 30;
const POLL_INTERVAL_MS = 250;
const POLL_TIMEOUT_MS = 15_000;

jest.setTimeout(120_000);

describe('idle game session expiry', () => {
  let testApp: TestApp;
  let setup: GamesBrand;
  let player: GamePlayer;

  async function newSession(): Promise<string> {
    const response = await startSession(testApp, player.token, setup.gameId);
    return (response.body as { id: string }).id;
  }

  /** Moves the session's latest activity back, as if it had no round for `seconds`. */
  async function makeIdle(sessionId: string, seconds = IDLE_SECONDS + 60): Promise<void> {
    await testApp.dataSource.query(
      `UPDATE game_sessions SET last_activity_at = now() - make_interval(secs => $2)
       WHERE id = $1`,
      [sessionId, seconds],
    );
  }

  async function getSession(sessionId: string): Promise<Record<string, unknown>> {
    const response = await request(testApp.server)
      .get(`/game-sessions/${sessionId}`)
      .auth(player.token, { type: 'bearer' });
    return response.body as Record<string, unknown>;
  }

  async function idleEndEvents(sessionIds: string[]): Promise<{ id: string }[]> {
    return testApp.dataSource.query(
      `SELECT details->>'game_session_id' AS id FROM audit_events
       WHERE type = 'game_session_ended' AND details->>'reason' = 'idle'
         AND details->>'game_session_id' = ANY($1)`,
      [sessionIds],
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp({ GAME_SESSION_IDLE_SECONDS: String(IDLE_SECONDS) });
    setup = await createGamesBrand(testApp);
    player = await createGamePlayer(testApp, setup, { real: 100_000 });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('rejects a round on an idle session', async () => {
    const sessionId = await newSession();
    await makeIdle(sessionId);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'idle-1',
      bet: 100,
      win: 0,
    });

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: 'conflict',
      message: `Game session ${sessionId} has ended: it had no round for more than 600 s`,
    });
    expect(await getSession(sessionId)).toMatchObject({
      status: 'ended',
      bet: 0,
      end_date: expect.any(String),
    });
  });

  it('accepts a round before the idle time', async () => {
    const sessionId = await newSession();
    await makeIdle(sessionId, IDLE_SECONDS - 60);

    const response = await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'idle-2',
      bet: 100,
      win: 0,
    });

    expect(response.status).toBe(201);
  });

  it('ends idle sessions when run', async () => {
    const idle = await newSession();
    const fresh = await newSession();
    await postRound(testApp, setup.providerToken, idle, { round_id: 'idle-3', bet: 300, win: 50 });
    const before = await getSession(idle);
    await makeIdle(idle);

    await testApp.app.get(SessionExpiryService).endIdleSessions();

    expect(await getSession(idle)).toMatchObject({
      status: 'ended',
      end_date: expect.any(String),
      bet: 300,
      win: 50,
      amount_after: before.amount_after,
    });
    expect(await getSession(fresh)).toMatchObject({ status: 'active', end_date: null });
  });

  it('counts idle time from the latest round', async () => {
    const sessionId = await newSession();
    await makeIdle(sessionId, IDLE_SECONDS - 1);
    await postRound(testApp, setup.providerToken, sessionId, {
      round_id: 'idle-4',
      bet: 10,
      win: 0,
    });
    await testApp.dataSource.query(
      `UPDATE game_sessions SET start_date = now() - interval '1 day' WHERE id = $1`,
      [sessionId],
    );

    await testApp.app.get(SessionExpiryService).endIdleSessions();

    expect(await getSession(sessionId)).toMatchObject({ status: 'active' });
  });

  it('records the idle end once', async () => {
    const sessionId = await newSession();
    await makeIdle(sessionId);
    const expiry = testApp.app.get(SessionExpiryService);

    await expiry.endIdleSessions();
    await expiry.endIdleSessions();
    await testApp.app.get(AuditService).flush();

    const rows: { details: Record<string, unknown> }[] = await testApp.dataSource.query(
      `SELECT details FROM audit_events
       WHERE type = 'game_session_ended' AND details->>'game_session_id' = $1`,
      [sessionId],
    );
    expect(rows).toEqual([
      {
        details: {
          game_session_id: sessionId,
          game_id: setup.gameId,
          reason: 'idle',
          bet: 0,
          win: 0,
          amount_after: expect.any(Number),
          last_activity_at: expect.any(String),
        },
      },
    ]);
  });

  it('ends each session once across instances', async () => {
    await testApp.app.get(SessionExpiryService).endIdleSessions();
    const sessionIds: string[] = [];
    for (let index = 0; index < CONCURRENT_IDLE_SESSIONS; index++) {
      sessionIds.push(await newSession());
    }
    await Promise.all(sessionIds.map((id) => makeIdle(id)));
    const second = await startSecondInstance(testApp, {
      GAME_SESSION_IDLE_SECONDS: String(IDLE_SECONDS),
    });
    try {
      const counts = await Promise.all([
        testApp.app.get(SessionExpiryService).endIdleSessions(),
        second.app.get(SessionExpiryService).endIdleSessions(),
        testApp.app.get(SessionExpiryService).endIdleSessions(),
        second.app.get(SessionExpiryService).endIdleSessions(),
      ]);
      await testApp.app.get(AuditService).flush();
      await second.app.get(AuditService).flush();

      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(CONCURRENT_IDLE_SESSIONS);
      const events = await idleEndEvents(sessionIds);
      expect(events).toHaveLength(CONCURRENT_IDLE_SESSIONS);
      expect(new Set(events.map((event) => event.id)).size).toBe(CONCURRENT_IDLE_SESSIONS);
    } finally {
      await second.close();
    }
  });

  it('ends idle sessions on the interval', async () => {
    const sessionId = await newSession();
    await makeIdle(sessionId);
    const scheduled = await startSecondInstance(testApp, {
      GAME_SESSION_IDLE_SECONDS: String(IDLE_SECONDS),
      GAME_SESSION_EXPIRY_INTERVAL_SECONDS: '1',
    });
    try {
      const deadline = Date.now() + POLL_TIMEOUT_MS;
      let status = (await getSession(sessionId)).status;
      while (status === 'active' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
        status = (await getSession(sessionId)).status;
      }

      expect(status).toBe('ended');
    } finally {
      await scheduled.close();
    }
  });

  it('leaves sessions alone with the interval off', async () => {
    const sessionId = await newSession();
    await makeIdle(sessionId);

    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(await getSession(sessionId)).toMatchObject({ status: 'active' });
  });
});
