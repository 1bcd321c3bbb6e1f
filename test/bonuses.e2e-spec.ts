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
  forfeitBonus,
  listBonuses,
  readWallet,
  verifyWallet,
} from './helpers/bonuses';
import { postRound, startSession } from './helpers/games';
import { startTestApp, TestApp } from './helpers/test-app';
import { uniqueCode } from './helpers/factories';
import request from 'supertest';

const BONUS_FIELDS = [
  'activated_date',
  'activation_type',
  'amount',
  'balance',
  'can_award',
  'description',
  'expiry_date',
  'game',
  'id',
  'image',
  'min_deposit',
  'name',
  'reward',
  'status',
  'terms_and_conditions',
  'wager_goal',
  'wagered',
];

/** Setup starts an app and creates a brand with clients and games, which is slow on a busy machine. */
jest.setTimeout(60_000);

describe('player bonuses', () => {
  let testApp: TestApp;
  let setup: BonusBrand;
  let other: BonusBrand;

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createBonusBrand(testApp);
    other = await createBonusBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** Creates an offer with a unique name, a player, and returns the player's bonus id for it. */
  async function offeredBonus(
    overrides: object = {},
    player?: BonusPlayer,
  ): Promise<{ player: BonusPlayer; bonusId: string; offerId: string; name: string }> {
    const name = uniqueCode('offer');
    const offerId = await createOffer(testApp, setup, { name, ...overrides });
    const owner = player ?? (await createBonusPlayer(testApp, setup));
    return { player: owner, bonusId: await bonusIdOf(testApp, owner, name), offerId, name };
  }

  async function bonusOf(player: BonusPlayer, id: string) {
    const response = await listBonuses(testApp, player.token, { per_page: 100 });
    return (response.body.data as Record<string, unknown>[]).find((bonus) => bonus.id === id);
  }

  function patchOffer(id: string, body: object) {
    return request(testApp.server)
      .patch(`/bonus-offers/${id}`)
      .auth(setup.backOfficeToken, { type: 'bearer' })
      .send(body);
  }

  async function auditEvents(type: string, bonusId: string) {
    await testApp.app.get(AuditService).flush();
    return testApp.dataSource.query(
      `SELECT details FROM audit_events WHERE type = $1 AND details->>'bonus_id' = $2`,
      [type, bonusId],
    );
  }

  describe('GET /bonuses', () => {
    it('lists an open offer as available', async () => {
      const { player, bonusId, name } = await offeredBonus({ game_ids: [setup.gameId] });

      const bonus = await bonusOf(player, bonusId);

      expect(Object.keys(bonus ?? {}).sort()).toEqual(BONUS_FIELDS);
      expect(bonus).toMatchObject({
        name,
        image: 'https://cdn.casino.test/welcome.png',
        reward: 'bonus_money',
        status: 'available',
        amount: 1000,
        balance: 0,
        wager_goal: 5000,
        wagered: 0,
        can_award: true,
        activated_date: null,
        activation_type: 'manual',
        game: [setup.gameId],
      });
    });

    it('filters by type', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const manual = await offeredBonus({}, player);
      const deposit = await offeredBonus({ activation_type: 'deposit', min_deposit: 500 }, player);

      const ids = async (type: string) =>
        (
          (await listBonuses(testApp, player.token, { type, per_page: 100 })).body.data as {
            id: string;
          }[]
        ).map((bonus) => bonus.id);

      expect(await ids('available')).toEqual(
        expect.arrayContaining([manual.bonusId, deposit.bonusId]),
      );
      expect(await ids('deposit')).toContain(deposit.bonusId);
      expect(await ids('deposit')).not.toContain(manual.bonusId);
      expect(await ids('active')).toEqual([]);
      expect(await ids('claimed')).toEqual([]);
    });

    it('leaves out closed offers', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const later = new Date(Date.now() + 3_600_000).toISOString();
      const future = await createOffer(testApp, setup, {
        valid_from: later,
        valid_to: new Date(Date.now() + 7_200_000).toISOString(),
      });
      const withdrawn = await createOffer(testApp, setup, { active: false });

      const response = await listBonuses(testApp, player.token, {
        type: 'available',
        per_page: 100,
      });
      const names = (response.body.data as { id: string }[]).map((bonus) => bonus.id);
      const rows: { offer_id: string }[] = await testApp.dataSource.query(
        `SELECT offer_id FROM player_bonuses WHERE user_id = $1`,
        [player.user.id],
      );

      expect(response.status).toBe(200);
      expect(rows.map((row) => row.offer_id)).not.toContain(future);
      expect(rows.map((row) => row.offer_id)).not.toContain(withdrawn);
      expect(names.length).toBe(rows.length);
    });

    it('paginates', async () => {
      const player = await createBonusPlayer(testApp, setup);

      const response = await listBonuses(testApp, player.token, { per_page: 1, page: 2 });

      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(1);
      expect(response.body).toMatchObject({ page: 2, per_page: 1 });
      expect(response.body.total).toBeGreaterThan(1);
    });

    it('rejects an unknown type', async () => {
      const player = await createBonusPlayer(testApp, setup);

      const response = await listBonuses(testApp, player.token, { type: 'expired' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['type']);
    });

    it('rejects a token without bonuses:read', async () => {
      const response = await listBonuses(testApp, setup.backOfficeToken);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('POST /bonuses/:id/claim', () => {
    it('activates the bonus', async () => {
      const { player, bonusId } = await offeredBonus();

      const response = await claimBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: bonusId,
        status: 'active',
        amount: 1000,
        balance: 1000,
        wager_goal: 5000,
        wagered: 0,
        can_award: false,
      });
      const activated = Date.parse(response.body.activated_date);
      expect(Date.parse(response.body.expiry_date) - activated).toBe(3_600_000);
    });

    it('credits the bonus balance with a ledger entry', async () => {
      const { player, bonusId } = await offeredBonus();

      await claimBonus(testApp, player.token, bonusId);
      const wallet = await readWallet(testApp, player.token);
      const verified = await verifyWallet(testApp, setup, player.user.id);

      expect(wallet.body.bonus_balance).toBe(1000);
      expect(await bonusLedger(testApp, bonusId)).toEqual([
        { type: 'bonus_credit', balance: 'bonus', amount: '1000' },
      ]);
      expect(verified.body.consistent).toBe(true);
    });

    it('records an audit event', async () => {
      const { player, bonusId } = await offeredBonus();

      await claimBonus(testApp, player.token, bonusId);

      expect(await auditEvents('bonus_claimed', bonusId)).toHaveLength(1);
    });

    it('lists the bonus as active', async () => {
      const { player, bonusId } = await offeredBonus();
      await claimBonus(testApp, player.token, bonusId);

      const response = await listBonuses(testApp, player.token, { type: 'active' });

      expect(response.body.data.map((bonus: { id: string }) => bonus.id)).toEqual([bonusId]);
    });

    it('rejects a second claim', async () => {
      const { player, bonusId } = await offeredBonus();
      await claimBonus(testApp, player.token, bonusId);

      const response = await claimBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('bonus_not_available');
    });

    it("rejects another player's bonus", async () => {
      const { bonusId } = await offeredBonus();
      const intruder = await createBonusPlayer(testApp, setup);

      const response = await claimBonus(testApp, intruder.token, bonusId);

      expect(response.status).toBe(404);
    });

    it("rejects another brand's bonus", async () => {
      const { bonusId } = await offeredBonus();
      const outsider = await createBonusPlayer(testApp, other);

      const response = await claimBonus(testApp, outsider.token, bonusId);

      expect(response.status).toBe(404);
    });

    it('rejects an ended offer', async () => {
      const { player, bonusId, offerId } = await offeredBonus();
      await patchOffer(offerId, { valid_to: new Date(Date.now() - 1000).toISOString() });

      const response = await claimBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(422);
      expect(response.body.error).toBe('bonus_expired');
    });

    it('rejects a withdrawn offer', async () => {
      const { player, bonusId, offerId } = await offeredBonus();
      await patchOffer(offerId, { active: false });

      const response = await claimBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(422);
      expect(response.body.error).toBe('bonus_unavailable');
    });

    it('rejects a deposit bonus', async () => {
      const { player, bonusId } = await offeredBonus({
        activation_type: 'deposit',
        min_deposit: 100,
      });

      const response = await claimBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(422);
      expect(response.body.error).toBe('deposit_bonus');
    });

    it('rejects a second active bonus', async () => {
      const first = await offeredBonus();
      const second = await offeredBonus({}, first.player);
      await claimBonus(testApp, first.player.token, first.bonusId);

      const response = await claimBonus(testApp, first.player.token, second.bonusId);
      const listed = await bonusOf(first.player, second.bonusId);

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('active_bonus_limit');
      expect(listed?.can_award).toBe(false);
    });

    it('rejects a malformed id', async () => {
      const player = await createBonusPlayer(testApp, setup);

      const response = await claimBonus(testApp, player.token, 'welcome');

      expect(response.status).toBe(400);
    });

    it('lets exactly one of 50 parallel claims succeed', async () => {
      const { player, bonusId } = await offeredBonus();

      const responses = await Promise.all(
        Array.from({ length: 50 }, () => claimBonus(testApp, player.token, bonusId)),
      );
      const statuses = responses.map((response) => response.status);
      const wallet = await readWallet(testApp, player.token);

      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(49);
      expect(wallet.body.bonus_balance).toBe(1000);
      expect(await bonusLedger(testApp, bonusId)).toHaveLength(1);
    });
  });

  describe('POST /bonuses/:id/forfeit', () => {
    it('removes the remaining bonus money', async () => {
      const { player, bonusId } = await offeredBonus();
      await claimBonus(testApp, player.token, bonusId);

      const response = await forfeitBonus(testApp, player.token, bonusId);
      const wallet = await readWallet(testApp, player.token);
      const verified = await verifyWallet(testApp, setup, player.user.id);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'forfeited', balance: 0 });
      expect(wallet.body.bonus_balance).toBe(0);
      expect(await bonusLedger(testApp, bonusId)).toEqual([
        { type: 'bonus_credit', balance: 'bonus', amount: '1000' },
        { type: 'bonus_forfeit', balance: 'bonus', amount: '-1000' },
      ]);
      expect(verified.body.consistent).toBe(true);
      expect(await auditEvents('bonus_forfeited', bonusId)).toHaveLength(1);
    });

    it('frees the slot for another bonus', async () => {
      const first = await offeredBonus();
      const second = await offeredBonus({}, first.player);
      await claimBonus(testApp, first.player.token, first.bonusId);
      await forfeitBonus(testApp, first.player.token, first.bonusId);

      const response = await claimBonus(testApp, first.player.token, second.bonusId);

      expect(response.status).toBe(200);
    });

    it('rejects an available bonus', async () => {
      const { player, bonusId } = await offeredBonus();

      const response = await forfeitBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('bonus_not_active');
    });

    it('rejects a second forfeit', async () => {
      const { player, bonusId } = await offeredBonus();
      await claimBonus(testApp, player.token, bonusId);
      await forfeitBonus(testApp, player.token, bonusId);

      const response = await forfeitBonus(testApp, player.token, bonusId);

      expect(response.status).toBe(409);
    });

    it("rejects another player's bonus", async () => {
      const { player, bonusId } = await offeredBonus();
      await claimBonus(testApp, player.token, bonusId);
      const intruder = await createBonusPlayer(testApp, setup);

      const response = await forfeitBonus(testApp, intruder.token, bonusId);

      expect(response.status).toBe(404);
    });
  });

  describe('wagering', () => {
    let player: BonusPlayer;
    let bonusId: string;
    const sessions: Record<string, string> = {};
    let roundNumber = 0;

    async function play(game: 'gameId' | 'otherGameId' | 'excludedGameId', bet: number, win = 0) {
      sessions[game] ??= (await startSession(testApp, player.token, setup[game])).body.id;
      roundNumber += 1;
      const response = await postRound(testApp, setup.providerToken, sessions[game], {
        round_id: uniqueCode(`wager-${roundNumber}`),
        bet,
        win,
      });
      expect(response.status).toBe(201);
      return response;
    }

    beforeAll(async () => {
      ({ player, bonusId } = await offeredBonus({
        game_ids: [setup.gameId, setup.excludedGameId],
      }));
      await claimBonus(testApp, player.token, bonusId);
    });

    it('counts a bet on an eligible game', async () => {
      await play('gameId', 300);

      expect(await bonusOf(player, bonusId)).toMatchObject({ wagered: 300, balance: 700 });
    });

    it('skips a game that does not count for wagering', async () => {
      await play('excludedGameId', 100, 100);

      expect(await bonusOf(player, bonusId)).toMatchObject({ wagered: 300, balance: 600 });
    });

    it('skips a game the offer does not list', async () => {
      await play('otherGameId', 100, 100);

      expect(await bonusOf(player, bonusId)).toMatchObject({ wagered: 300, balance: 600 });
    });

    it('counts real and bonus money alike', async () => {
      await play('gameId', 600, 5000);

      expect(await bonusOf(player, bonusId)).toMatchObject({ wagered: 900, balance: 100 });
    });

    it('converts the rest on reaching the goal', async () => {
      const round = await play('gameId', 4100);
      const wallet = await readWallet(testApp, player.token);
      const verified = await verifyWallet(testApp, setup, player.user.id);

      expect(await bonusOf(player, bonusId)).toMatchObject({
        status: 'claimed',
        wagered: 5000,
        balance: 0,
      });
      expect(wallet.body).toMatchObject({ real_balance: 1000, bonus_balance: 0 });
      expect(round.body).toMatchObject({ real_balance: 1000, bonus_balance: 0 });
      expect(await bonusLedger(testApp, bonusId)).toEqual([
        { type: 'bonus_credit', balance: 'bonus', amount: '1000' },
        { type: 'bonus_conversion', balance: 'bonus', amount: '-100' },
        { type: 'bonus_conversion', balance: 'real', amount: '100' },
      ]);
      expect(verified.body.consistent).toBe(true);
      expect(await auditEvents('bonus_converted', bonusId)).toHaveLength(1);
    });

    it('stops counting after the conversion', async () => {
      await play('gameId', 100);

      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'claimed', wagered: 5000 });
      expect(await bonusLedger(testApp, bonusId)).toHaveLength(3);
    });

    it('lists the bonus as claimed', async () => {
      const response = await listBonuses(testApp, player.token, { type: 'claimed' });

      expect(response.body.data.map((bonus: { id: string }) => bonus.id)).toEqual([bonusId]);
    });
  });
});
