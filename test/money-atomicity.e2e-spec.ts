import request from 'supertest';

import {
  createFundedPlayer,
  createPaymentsBrand,
  PaymentsBrand,
  Player,
  verifyWallet,
} from './helpers/payments';
import { startTestApp, TestApp } from './helpers/test-app';

const FUNDS = 10_000;

/**
 * A money movement updates the balance first and inserts its ledger entry second. A trigger that
 * raises on the ledger insert of one wallet stands for a crash between the two writes.
 */
describe('money movement atomicity', () => {
  let testApp: TestApp;
  let setup: PaymentsBrand;
  let player: Player;
  let walletId: string;
  let entriesBefore: number;

  async function ledgerCount(): Promise<number> {
    const rows = await testApp.dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM ledger_entries WHERE wallet_id = $1',
      [walletId],
    );
    return Number(rows[0].count);
  }

  async function transactionCount(): Promise<number> {
    const rows = await testApp.dataSource.query<{ count: string }[]>(
      'SELECT count(*) FROM payment_transactions WHERE user_id = $1',
      [player.user.id],
    );
    return Number(rows[0].count);
  }

  beforeAll(async () => {
    testApp = await startTestApp({ LOG_LEVEL: 'silent' });
    setup = await createPaymentsBrand(testApp);
    player = await createFundedPlayer(testApp, setup, FUNDS);
    const rows = await testApp.dataSource.query<{ id: string }[]>(
      'SELECT id FROM wallets WHERE user_id = $1',
      [player.user.id],
    );
    walletId = rows[0].id;
    entriesBefore = await ledgerCount();

    await testApp.dataSource.query(`
      CREATE FUNCTION fail_ledger_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.wallet_id = '${walletId}' THEN
          RAISE EXCEPTION 'injected failure between the balance update and the ledger insert';
        END IF;
        RETURN NEW;
      END $$`);
    await testApp.dataSource.query(`
      CREATE TRIGGER fail_ledger_insert BEFORE INSERT ON ledger_entries
      FOR EACH ROW EXECUTE FUNCTION fail_ledger_insert()`);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('back-office adjustment', () => {
    it('fails without internals', async () => {
      const response = await request(testApp.server)
        .post(`/wallets/${player.user.id}/adjustments`)
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ balance: 'real', amount: 500, reason: 'atomicity test' });

      expect(response.status).toBe(500);
      expect(response.body.error).toBe('internal_error');
      expect(response.body.message).toBe('Internal server error');
    });

    it('leaves the balance unchanged', async () => {
      const response = await verifyWallet(testApp, setup, player.user.id);

      expect(response.body.real_balance).toBe(FUNDS);
      expect(response.body.consistent).toBe(true);
    });

    it('writes no ledger entry', async () => {
      expect(await ledgerCount()).toBe(entriesBefore);
    });
  });

  describe('withdrawal', () => {
    it('fails without internals', async () => {
      const response = await request(testApp.server)
        .post('/transactions')
        .auth(player.token, { type: 'bearer' })
        .send({ type: 'withdrawal', method_id: setup.withdrawalMethodId, amount: 2000 });

      expect(response.status).toBe(500);
      expect(response.body.error).toBe('internal_error');
    });

    it('leaves the balance unchanged', async () => {
      const response = await verifyWallet(testApp, setup, player.user.id);

      expect(response.body.real_balance).toBe(FUNDS);
      expect(response.body.consistent).toBe(true);
    });

    it('stores no transaction', async () => {
      expect(await transactionCount()).toBe(0);
    });

    it('writes no ledger entry', async () => {
      expect(await ledgerCount()).toBe(entriesBefore);
    });
  });
});
