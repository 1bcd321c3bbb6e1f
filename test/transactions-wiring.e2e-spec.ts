import request, { Response } from 'supertest';

import { createFundedPlayer, createPaymentsBrand, PaymentsBrand, Player } from './helpers/payments';
import { startTestApp, TestApp } from './helpers/test-app';

/** Deposits through the transactions API that meet a deposit limit and an Idempotency-Key. */
describe('POST /transactions with limits and keys', () => {
  let testApp: TestApp;
  let setup: PaymentsBrand;

  function startDeposit(player: Player, amount: number, key?: string): Promise<Response> {
    const call = request(testApp.server)
      .post('/transactions')
      .auth(player.token, { type: 'bearer' });
    if (key) {
      void call.set('Idempotency-Key', key);
    }
    return call.send({ type: 'deposit', method_id: setup.depositMethodId, amount });
  }

  async function setDailyLimit(player: Player, amount: number): Promise<void> {
    await testApp.dataSource.query(
      `INSERT INTO deposit_limits (user_id, period, brand_id, amount) VALUES ($1, 'daily', $2, $3)`,
      [player.user.id, setup.brand.id, amount],
    );
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createPaymentsBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('rejects a deposit over the daily limit', async () => {
    const player = await createFundedPlayer(testApp, setup);
    await setDailyLimit(player, 1000);
    expect((await startDeposit(player, 700)).status).toBe(201);

    const response = await startDeposit(player, 400);

    expect(response.status).toBe(422);
    expect(response.body.error).toBe('deposit_limit_exceeded');
    expect(response.body.message).toContain('300 of 1000 minor units remain');
  });

  it('counts deposits still pending', async () => {
    const player = await createFundedPlayer(testApp, setup);
    await setDailyLimit(player, 1000);
    // The sandbox leaves a deposit whose amount ends in 02 pending until it is read again.
    const pending = await startDeposit(player, 802);
    expect(pending.body.status).toBe('pending');

    const response = await startDeposit(player, 300);

    expect(response.status).toBe(422);
    expect(response.body.error).toBe('deposit_limit_exceeded');
  });

  it('replays a deposit with the same key', async () => {
    const player = await createFundedPlayer(testApp, setup);

    const first = await startDeposit(player, 500, 'deposit-key-1');
    const second = await startDeposit(player, 500, 'deposit-key-1');

    expect(second.status).toBe(first.status);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const rows: unknown[] = await testApp.dataSource.query(
      `SELECT id FROM payment_transactions WHERE user_id = $1`,
      [player.user.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('creates one transaction for concurrent repeats', async () => {
    const player = await createFundedPlayer(testApp, setup);

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => startDeposit(player, 600, 'deposit-key-2')),
    );

    expect(responses.every((response) => [201, 409].includes(response.status))).toBe(true);
    const rows: unknown[] = await testApp.dataSource.query(
      `SELECT id FROM payment_transactions WHERE user_id = $1`,
      [player.user.id],
    );
    expect(rows).toHaveLength(1);
  });
});
