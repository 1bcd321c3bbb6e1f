import { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import {
  BonusBrand,
  BonusPlayer,
  bonusIdOf,
  claimBonus,
  createBonusBrand,
  createBonusPlayer,
  createOffer,
  listBonuses,
  readWallet,
  verifyWallet,
} from './helpers/bonuses';
import { postRound, startSession } from './helpers/games';
import { startTestApp, TestApp } from './helpers/test-app';

/** 1,000 rounds over four sessions of one player, IN_FLIGHT of them racing at any moment. */
const ROUNDS = 1000;
/**
 * More requests at once than this wait longer for a pooled database connection than its
 * 5-second acquire timeout on a busy 2-core machine, and fail with 500 before touching money.
 */
const IN_FLIGHT = 100;
const BET = 100;
const BONUS_AMOUNT = 10_000;
/** Wager goal 5x: 500 counted bets of 100 reach it, about two thirds of the way through. */
const WAGER_MULTIPLIER = 5;
const WAGER_GOAL = BONUS_AMOUNT * WAGER_MULTIPLIER;
/** Every second round wins 200, so the player rarely runs out of money. */
const winOf = (index: number): number => (index % 2 === 0 ? 200 : 0);
const REQUEST_TIMEOUT_MS = 240_000;

jest.setTimeout(300_000);

/** Runs task(0) to task(count - 1) with at most `limit` running at once; results in index order. */
async function inParallel<T>(
  count: number,
  limit: number,
  task: (index: number) => PromiseLike<T>,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

describe('concurrent rounds with an active bonus', () => {
  let testApp: TestApp;
  let setup: BonusBrand;
  let player: BonusPlayer;
  let bonusId: string;
  /** Session of each round by index modulo 4; the third is on a game that does not count. */
  let sessionIds: string[];
  let responses: Response[];

  function acceptedRounds(): number[] {
    return responses.flatMap((response, index) => (response.status === 201 ? [index] : []));
  }

  async function bonus(): Promise<Record<string, unknown>> {
    const response = await listBonuses(testApp, player.token, { per_page: 100 });
    return (response.body.data as Record<string, unknown>[]).find(
      (item) => item.id === bonusId,
    ) as Record<string, unknown>;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createBonusBrand(testApp);
    player = await createBonusPlayer(testApp, setup);
    await createOffer(testApp, setup, {
      name: 'Load bonus',
      amount: BONUS_AMOUNT,
      wager_multiplier: WAGER_MULTIPLIER,
    });
    bonusId = await bonusIdOf(testApp, player, 'Load bonus');
    await claimBonus(testApp, player.token, bonusId);
    const games = [setup.gameId, setup.otherGameId, setup.excludedGameId, setup.gameId];
    sessionIds = [];
    for (const gameId of games) {
      sessionIds.push((await startSession(testApp, player.token, gameId)).body.id);
    }

    responses = await inParallel(ROUNDS, IN_FLIGHT, (index) =>
      postRound(testApp, setup.providerToken, sessionIds[index % 4], {
        round_id: `bonus-load-${index}`,
        bet: BET,
        win: winOf(index),
      }).timeout(REQUEST_TIMEOUT_MS),
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers 201 or 422 only', () => {
    const statuses = new Set(responses.map((response) => response.status));

    expect([...statuses].filter((status) => status !== 201 && status !== 422)).toEqual([]);
  });

  it('counts exactly the eligible bets up to the goal', async () => {
    const eligible = acceptedRounds().filter((index) => index % 4 !== 2).length;

    expect(eligible * BET).toBeGreaterThanOrEqual(WAGER_GOAL);
    expect(await bonus()).toMatchObject({ status: 'claimed', wagered: WAGER_GOAL, balance: 0 });
  });

  it('converts exactly once', async () => {
    await testApp.app.get(AuditService).flush();
    const events: unknown[] = await testApp.dataSource.query(
      `SELECT 1 FROM audit_events WHERE type = 'bonus_converted' AND details->>'bonus_id' = $1`,
      [bonusId],
    );
    const entries: { balance: string; count: number }[] = await testApp.dataSource.query(
      `SELECT balance, count(*)::int AS count FROM ledger_entries
       WHERE type = 'bonus_conversion' AND reference_id = $1 GROUP BY balance ORDER BY balance`,
      [bonusId],
    );

    expect(events).toHaveLength(1);
    expect(entries).toEqual([
      { balance: 'bonus', count: 1 },
      { balance: 'real', count: 1 },
    ]);
  });

  it('spends or converts all the bonus money', async () => {
    const rows: { spent: string; converted: string }[] = await testApp.dataSource.query(
      `SELECT
         COALESCE(-SUM(e.amount) FILTER (WHERE e.type = 'bet'), 0)::text AS spent,
         COALESCE(-SUM(e.amount) FILTER (WHERE e.type = 'bonus_conversion'), 0)::text AS converted
       FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
       WHERE w.user_id = $1 AND e.balance = 'bonus'`,
      [player.user.id],
    );

    expect(Number(rows[0].spent)).toBeGreaterThan(0);
    expect(Number(rows[0].spent) + Number(rows[0].converted)).toBe(BONUS_AMOUNT);
  });

  it('keeps the total equal to bonus, wins and bets', async () => {
    const accepted = acceptedRounds();
    const wins = accepted.reduce((sum, index) => sum + winOf(index), 0);
    const wallet = await readWallet(testApp, player.token);

    expect(wallet.body.bonus_balance).toBe(0);
    expect(wallet.body.real_balance).toBe(BONUS_AMOUNT + wins - accepted.length * BET);
    expect(wallet.body.real_balance).toBeGreaterThanOrEqual(0);
  });

  it('keeps ledger sums equal to balances', async () => {
    const response = await verifyWallet(testApp, setup, player.user.id);

    expect(response.body.consistent).toBe(true);
  });
});
