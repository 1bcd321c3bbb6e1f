import request, { Response } from 'supertest';

import {
  createFundedPlayer,
  createPaymentsBrand,
  PaymentsBrand,
  Player,
  verifyWallet,
} from './helpers/payments';
import { startTestApp, TestApp } from './helpers/test-app';

const INITIAL_FUNDS = 5000;
/** 1,000 requests in all, with more withdrawals than the initial funds and all deposits cover. */
const WITHDRAWALS = 700;
const DEPOSITS = 300;
/** Ends in 00, so the sandbox completes deposits at once and sends withdrawals to approval. */
const AMOUNT = 100;
const REQUEST_TIMEOUT_MS = 30_000;

jest.setTimeout(120_000);

describe('concurrent transactions on one wallet', () => {
  let testApp: TestApp;
  let setup: PaymentsBrand;
  let player: Player;
  let withdrawals: Response[];
  let deposits: Response[];

  function start(type: 'deposit' | 'withdrawal'): Promise<Response> {
    const methodId = type === 'deposit' ? setup.depositMethodId : setup.withdrawalMethodId;
    return request(testApp.server)
      .post('/transactions')
      .timeout(REQUEST_TIMEOUT_MS)
      .auth(player.token, { type: 'bearer' })
      .send({ type, method_id: methodId, amount: AMOUNT });
  }

  function accepted(responses: Response[]): number {
    return responses.filter((response) => response.status === 201).length;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createPaymentsBrand(testApp);
    player = await createFundedPlayer(testApp, setup, INITIAL_FUNDS);

    // Withdrawals and deposits evenly interleaved, all in flight at once.
    const total = WITHDRAWALS + DEPOSITS;
    const types = Array.from({ length: total }, (_unused, index) =>
      Math.floor(((index + 1) * DEPOSITS) / total) > Math.floor((index * DEPOSITS) / total)
        ? ('deposit' as const)
        : ('withdrawal' as const),
    );
    const responses = await Promise.all(types.map((type) => start(type)));
    deposits = responses.filter((_response, index) => types[index] === 'deposit');
    withdrawals = responses.filter((_response, index) => types[index] === 'withdrawal');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('sends the planned mix', () => {
    expect(deposits).toHaveLength(DEPOSITS);
    expect(withdrawals).toHaveLength(WITHDRAWALS);
  });

  it('answers no 5xx', () => {
    const failed = [...deposits, ...withdrawals].filter((response) => response.status >= 500);

    expect(failed.map((response) => response.body)).toEqual([]);
  });

  it('completes every deposit', () => {
    expect(deposits.filter((response) => response.body.status !== 'completed')).toEqual([]);
  });

  it('rejects withdrawals only for funds', () => {
    const rejected = withdrawals.filter((response) => response.status !== 201);

    expect(rejected.filter((response) => response.body.error !== 'insufficient_funds')).toEqual([]);
  });

  it('accepts withdrawals while funds last', () => {
    // The initial funds alone cover INITIAL_FUNDS / AMOUNT withdrawals, and deposits only add.
    expect(accepted(withdrawals)).toBeGreaterThanOrEqual(INITIAL_FUNDS / AMOUNT);
  });

  it('rejects what funds cannot cover', () => {
    const coverable = (INITIAL_FUNDS + DEPOSITS * AMOUNT) / AMOUNT;

    expect(WITHDRAWALS - accepted(withdrawals)).toBeGreaterThanOrEqual(WITHDRAWALS - coverable);
  });

  it('ends on the expected balance', async () => {
    const expected = INITIAL_FUNDS + DEPOSITS * AMOUNT - accepted(withdrawals) * AMOUNT;

    const response = await verifyWallet(testApp, setup, player.user.id);

    expect(response.body).toEqual({
      consistent: true,
      real_balance: expected,
      real_ledger_sum: expected,
      bonus_balance: 0,
      bonus_ledger_sum: 0,
    });
  });

  it('never records a negative balance', async () => {
    const rows: { min: string }[] = await testApp.dataSource.query(
      `SELECT MIN(e.balance_after)::text AS min
       FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
       WHERE w.user_id = $1`,
      [player.user.id],
    );

    expect(Number(rows[0].min)).toBeGreaterThanOrEqual(0);
  });

  it('backs each accepted withdrawal', async () => {
    const rows: { transactions: string; debits: string }[] = await testApp.dataSource.query(
      `SELECT
         (SELECT COUNT(*) FROM payment_transactions
           WHERE user_id = $1 AND type = 'withdrawal')::text AS transactions,
         (SELECT COUNT(*) FROM ledger_entries e JOIN wallets w ON w.id = e.wallet_id
           WHERE w.user_id = $1 AND e.type = 'withdrawal' AND e.amount = $2)::text AS debits`,
      [player.user.id, -AMOUNT],
    );

    expect(Number(rows[0].transactions)).toBe(accepted(withdrawals));
    expect(Number(rows[0].debits)).toBe(accepted(withdrawals));
  });

  describe('then concurrent cancels and declines', () => {
    let cancels: Response[];
    let declines: Response[];
    let ids: string[];

    beforeAll(async () => {
      ids = withdrawals
        .filter((response) => response.status === 201)
        .map((response) => response.body.id as string);
      // Each withdrawal is cancelled by the player and declined by the back office at once.
      cancels = [];
      declines = [];
      const work = ids.flatMap((id) => [
        request(testApp.server)
          .patch(`/transactions/${id}`)
          .timeout(REQUEST_TIMEOUT_MS)
          .auth(player.token, { type: 'bearer' })
          .send({ action: 'cancel' })
          .then((response) => cancels.push(response)),
        request(testApp.server)
          .post(`/transactions/${id}/decline`)
          .timeout(REQUEST_TIMEOUT_MS)
          .auth(setup.backOfficeToken, { type: 'bearer' })
          .send({})
          .then((response) => declines.push(response)),
      ]);
      await Promise.all(work);
    });

    it('lets exactly one win each', () => {
      const won = [...cancels, ...declines].filter((response) => response.status < 300);
      const lost = [...cancels, ...declines].filter((response) => response.status === 409);

      expect(won).toHaveLength(ids.length);
      expect(lost).toHaveLength(ids.length);
    });

    it('restores every withdrawal once', async () => {
      const expected = INITIAL_FUNDS + DEPOSITS * AMOUNT;

      const response = await verifyWallet(testApp, setup, player.user.id);

      expect(response.body.consistent).toBe(true);
      expect(response.body.real_balance).toBe(expected);
    });
  });
});
