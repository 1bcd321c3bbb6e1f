import { setTimeout as sleep } from 'node:timers/promises';

import { AuditService } from '../src/audit/audit.service';
import { BonusExpiryService, ExpiredBonus } from '../src/gaming/bonuses/bonus-expiry.service';
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
import { postRound, startSession } from './helpers/games';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

/** Setup starts an app and creates a brand with clients and games, which is slow on a busy machine. */
jest.setTimeout(60_000);

/** Longer than the one-second wagering time of the short offers. */
const PAST_WAGERING_TIME_MS = 1_200;

describe('bonus expiry', () => {
  let testApp: TestApp;
  let setup: BonusBrand;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_ACTIVE_BONUSES: '2' });
    setup = await createBonusBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** Creates an offer, claims it for the player and returns the bonus id. */
  async function claimed(player: BonusPlayer, wageringSeconds = 1): Promise<string> {
    const name = uniqueCode('expiring');
    await createOffer(testApp, setup, { name, wagering_seconds: wageringSeconds });
    const bonusId = await bonusIdOf(testApp, player, name);
    const response = await claimBonus(testApp, player.token, bonusId);
    if (response.status !== 200) {
      throw new Error(`Claim failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return bonusId;
  }

  async function bonusOf(player: BonusPlayer, id: string) {
    const response = await listBonuses(testApp, player.token, { per_page: 100 });
    return (response.body.data as Record<string, unknown>[]).find((bonus) => bonus.id === id);
  }

  function expireDue(app: TestApp = testApp): Promise<ExpiredBonus[]> {
    return app.app.get(BonusExpiryService).expireDue();
  }

  describe('MAX_ACTIVE_BONUSES', () => {
    it('allows as many active bonuses as set', async () => {
      const player = await createBonusPlayer(testApp, setup);
      await claimed(player, 3600);
      await claimed(player, 3600);
      const name = uniqueCode('third');
      await createOffer(testApp, setup, { name });

      const response = await claimBonus(
        testApp,
        player.token,
        await bonusIdOf(testApp, player, name),
      );

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('active_bonus_limit');
    });
  });

  describe('expireDue', () => {
    it('expires a bonus whose wagering time ran out', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const bonusId = await claimed(player);
      await sleep(PAST_WAGERING_TIME_MS);

      const expired = await expireDue();

      expect(expired.map((bonus) => bonus.bonusId)).toContain(bonusId);
      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'expired', balance: 0 });
    });

    it('removes the remaining bonus money', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const bonusId = await claimed(player);
      await sleep(PAST_WAGERING_TIME_MS);

      await expireDue();
      const wallet = await readWallet(testApp, player.token);
      const verified = await verifyWallet(testApp, setup, player.user.id);

      expect(wallet.body.bonus_balance).toBe(0);
      expect(await bonusLedger(testApp, bonusId)).toEqual([
        { type: 'bonus_credit', balance: 'bonus', amount: '1000' },
        { type: 'bonus_forfeit', balance: 'bonus', amount: '-1000' },
      ]);
      expect(verified.body.consistent).toBe(true);
    });

    it('removes only what bets left', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const bonusId = await claimed(player, 2);
      const session = await startSession(testApp, player.token, setup.gameId);
      await postRound(testApp, setup.providerToken, session.body.id, {
        round_id: uniqueCode('before-expiry'),
        bet: 300,
        win: 0,
      });
      await sleep(PAST_WAGERING_TIME_MS * 2);

      const expired = await expireDue();

      expect(expired.find((bonus) => bonus.bonusId === bonusId)?.removed).toBe(700n);
      expect((await readWallet(testApp, player.token)).body.bonus_balance).toBe(0);
    });

    it('records an audit event', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const bonusId = await claimed(player);
      await sleep(PAST_WAGERING_TIME_MS);

      await expireDue();
      await testApp.app.get(AuditService).flush();
      const rows: unknown[] = await testApp.dataSource.query(
        `SELECT 1 FROM audit_events WHERE type = 'bonus_expired' AND details->>'bonus_id' = $1`,
        [bonusId],
      );

      expect(rows).toHaveLength(1);
    });

    it('keeps a bonus with time left', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const bonusId = await claimed(player, 3600);

      const expired = await expireDue();

      expect(expired.map((bonus) => bonus.bonusId)).not.toContain(bonusId);
      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'active', balance: 1000 });
    });

    it('stops counting bets once the time ran out', async () => {
      const player = await createBonusPlayer(testApp, setup, 1000);
      const bonusId = await claimed(player);
      const session = await startSession(testApp, player.token, setup.gameId);
      await sleep(PAST_WAGERING_TIME_MS);

      await postRound(testApp, setup.providerToken, session.body.id, {
        round_id: uniqueCode('after-expiry'),
        bet: 100,
        win: 0,
      });

      expect(await bonusOf(player, bonusId)).toMatchObject({ status: 'active', wagered: 0 });
    });

    it('expires each bonus once across two instances', async () => {
      const players = await Promise.all(
        Array.from({ length: 6 }, () => createBonusPlayer(testApp, setup)),
      );
      const bonusIds = await Promise.all(players.map((player) => claimed(player)));
      const second = await startSecondInstance(testApp);
      await sleep(PAST_WAGERING_TIME_MS);

      try {
        const [first, joined, other] = await Promise.all([
          expireDue(),
          expireDue(),
          expireDue(second),
        ]);
        const expiredIds = [...first, ...other].map((bonus) => bonus.bonusId);

        expect(joined).toBe(first);

        for (const bonusId of bonusIds) {
          expect(expiredIds.filter((id) => id === bonusId)).toHaveLength(1);
          expect(await bonusLedger(testApp, bonusId)).toHaveLength(2);
        }
        for (const player of players) {
          expect((await verifyWallet(testApp, setup, player.user.id)).body.consistent).toBe(true);
        }
      } finally {
        await second.close();
      }
    });
  });

  describe('the interval job', () => {
    it('expires bonuses when turned on', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const bonusId = await claimed(player);
      const scheduled = await startSecondInstance(testApp, { BONUS_EXPIRY_INTERVAL_SECONDS: '1' });

      try {
        let status: unknown;
        for (let attempt = 0; attempt < 30 && status !== 'expired'; attempt += 1) {
          await sleep(500);
          status = (await bonusOf(player, bonusId))?.status;
        }

        expect(status).toBe('expired');
      } finally {
        await scheduled.close();
      }
    });

    it('is off in tests unless set', () => {
      expect(testApp.config.bonusExpiryIntervalSeconds).toBe(0);
    });
  });
});
