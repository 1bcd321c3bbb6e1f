import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import {
  BonusBrand,
  BonusPlayer,
  bonusIdOf,
  bonusLedger,
  claimBonus,
  createBonusBrand,
  createBonusPlayer,
  createOffer,
  listBonuses,
  readWallet,
  verifyWallet,
} from './helpers/bonuses';
import { uniqueCode } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** 100% of the deposit up to 200.00, from a deposit of 10.00, wager goal 10x. */
const PERCENTAGE_OFFER = {
  amount_type: 'percentage',
  amount: undefined,
  percentage: 100,
  max_amount: 20_000,
  activation_type: 'deposit',
  min_deposit: 1000,
  wager_multiplier: 10,
};

/** Setup starts an app and creates a brand with clients and games, which is slow on a busy machine. */
jest.setTimeout(60_000);

describe('deposit bonuses', () => {
  let testApp: TestApp;
  let setup: BonusBrand;

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createBonusBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function depositBonus(
    overrides: object = PERCENTAGE_OFFER,
    player?: BonusPlayer,
  ): Promise<{ player: BonusPlayer; bonusId: string }> {
    const name = uniqueCode('deposit-offer');
    await createOffer(testApp, setup, { name, ...overrides });
    const owner = player ?? (await createBonusPlayer(testApp, setup));
    return { player: owner, bonusId: await bonusIdOf(testApp, owner, name) };
  }

  /** Starts a sandbox deposit; amounts ending in 00 complete at once, 02 on the next read. */
  function deposit(player: BonusPlayer, amount: number, bonusId?: string): Promise<Response> {
    return request(testApp.server)
      .post('/transactions')
      .auth(player.token, { type: 'bearer' })
      .send({ type: 'deposit', method_id: setup.depositMethodId, amount, bonus_id: bonusId });
  }

  async function bonusOf(player: BonusPlayer, id: string) {
    const response = await listBonuses(testApp, player.token, { per_page: 100 });
    return (response.body.data as Record<string, unknown>[]).find((bonus) => bonus.id === id);
  }

  describe('a completed deposit', () => {
    it('activates a percentage bonus', async () => {
      const { player, bonusId } = await depositBonus();

      const response = await deposit(player, 5000, bonusId);

      expect(response.status).toBe(201);
      expect(response.body.status).toBe('completed');
      expect(await bonusOf(player, bonusId)).toMatchObject({
        status: 'active',
        amount: 5000,
        balance: 5000,
        wager_goal: 50_000,
      });
    });

    it('credits both balances with ledger entries', async () => {
      const { player, bonusId } = await depositBonus();

      await deposit(player, 5000, bonusId);
      const wallet = await readWallet(testApp, player.token);
      const verified = await verifyWallet(testApp, setup, player.user.id);

      expect(wallet.body).toMatchObject({ real_balance: 5000, bonus_balance: 5000 });
      expect(await bonusLedger(testApp, bonusId)).toEqual([
        { type: 'bonus_credit', balance: 'bonus', amount: '5000' },
      ]);
      expect(verified.body.consistent).toBe(true);
    });

    it('caps the bonus at max_amount', async () => {
      const { player, bonusId } = await depositBonus();

      await deposit(player, 50_000, bonusId);

      expect(await bonusOf(player, bonusId)).toMatchObject({ amount: 20_000, balance: 20_000 });
    });

    it('gives a fixed deposit bonus its amount', async () => {
      const { player, bonusId } = await depositBonus({
        activation_type: 'deposit',
        min_deposit: 1000,
      });

      await deposit(player, 3000, bonusId);

      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'active', amount: 1000 });
    });

    it('records the deposit on the bonus', async () => {
      const { player, bonusId } = await depositBonus();

      const response = await deposit(player, 5000, bonusId);
      const rows: { transaction_id: string }[] = await testApp.dataSource.query(
        `SELECT transaction_id FROM player_bonuses WHERE id = $1`,
        [bonusId],
      );

      expect(rows[0].transaction_id).toBe(response.body.id);
    });

    it('records an audit event', async () => {
      const { player, bonusId } = await depositBonus();

      await deposit(player, 5000, bonusId);
      await testApp.app.get(AuditService).flush();
      const rows: unknown[] = await testApp.dataSource.query(
        `SELECT 1 FROM audit_events WHERE type = 'bonus_triggered' AND details->>'bonus_id' = $1`,
        [bonusId],
      );

      expect(rows).toHaveLength(1);
    });

    it('activates a pending deposit when it completes', async () => {
      const { player, bonusId } = await depositBonus();

      const started = await deposit(player, 5002, bonusId);
      const before = await bonusOf(player, bonusId);
      const later = await request(testApp.server)
        .get(`/transactions/${started.body.id}`)
        .auth(player.token, { type: 'bearer' });

      expect(started.body.status).toBe('pending');
      expect(before?.status).toBe('available');
      expect(later.body.status).toBe('completed');
      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'active', amount: 5002 });
    });

    it('leaves the bonus when the deposit fails', async () => {
      const { player, bonusId } = await depositBonus();

      const response = await deposit(player, 5001, bonusId);

      expect(response.body.status).toBe('failed');
      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'available' });
    });

    it('completes without the bonus when another became active', async () => {
      const { player, bonusId } = await depositBonus();
      const manual = await depositBonus({}, player);
      const started = await deposit(player, 5002, bonusId);
      await claimBonus(testApp, player.token, manual.bonusId);

      const later = await request(testApp.server)
        .get(`/transactions/${started.body.id}`)
        .auth(player.token, { type: 'bearer' });
      const wallet = await readWallet(testApp, player.token);

      expect(later.body.status).toBe('completed');
      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'available' });
      expect(wallet.body).toMatchObject({ real_balance: 5002, bonus_balance: 1000 });
    });
  });

  describe('a deposit start', () => {
    it('rejects an unknown bonus id', async () => {
      const player = await createBonusPlayer(testApp, setup);

      const response = await deposit(player, 5000, '00000000-0000-4000-8000-000000000000');

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['bonus_id']);
    });

    it("rejects another player's bonus", async () => {
      const { bonusId } = await depositBonus();
      const intruder = await createBonusPlayer(testApp, setup);

      const response = await deposit(intruder, 5000, bonusId);

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['bonus_id']);
    });

    it('rejects a manual bonus', async () => {
      const { player, bonusId } = await depositBonus({});

      const response = await deposit(player, 5000, bonusId);

      expect(response.status).toBe(400);
      expect(response.body.fields.bonus_id[0]).toContain('claimed by hand');
    });

    it('rejects an active bonus', async () => {
      const { player, bonusId } = await depositBonus();
      await deposit(player, 5000, bonusId);

      const response = await deposit(player, 5000, bonusId);

      expect(response.status).toBe(400);
      expect(response.body.fields.bonus_id[0]).toContain('active');
    });

    it('rejects a deposit below the minimum', async () => {
      const { player, bonusId } = await depositBonus();

      const response = await deposit(player, 900, bonusId);

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['amount']);
    });

    it('rejects a bonus id on a withdrawal', async () => {
      const { player, bonusId } = await depositBonus();
      const methods = await request(testApp.server)
        .post('/payment-methods')
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({
          type: 'withdrawal',
          name: 'Out',
          provider_id: 'sandbox',
          min_amount: 100,
          max_amount: 9999,
          fee: 0,
        });

      const response = await request(testApp.server)
        .post('/transactions')
        .auth(player.token, { type: 'bearer' })
        .send({ type: 'withdrawal', method_id: methods.body.id, amount: 500, bonus_id: bonusId });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['bonus_id']);
    });

    it('rejects a player at the active bonus limit', async () => {
      const { player, bonusId } = await depositBonus();
      const manual = await depositBonus({}, player);
      await claimBonus(testApp, player.token, manual.bonusId);

      const response = await deposit(player, 5000, bonusId);

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('active_bonus_limit');
    });

    it('leaves no transaction behind', async () => {
      const player = await createBonusPlayer(testApp, setup);

      await deposit(player, 5000, '00000000-0000-4000-8000-000000000000');
      const rows: unknown[] = await testApp.dataSource.query(
        `SELECT 1 FROM payment_transactions WHERE user_id = $1`,
        [player.user.id],
      );

      expect(rows).toEqual([]);
    });
  });
});
