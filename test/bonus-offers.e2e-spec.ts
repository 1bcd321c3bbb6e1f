import request from 'supertest';

import { ClientsRepository } from '../src/auth-server/clients/clients.repository';
import { BootstrapService } from '../src/bootstrap/bootstrap.service';

import {
  BonusBrand,
  createBonusBrand,
  createBonusPlayer,
  createOffer,
  offerBody,
  postOffer,
} from './helpers/bonuses';
import { startTestApp, TestApp } from './helpers/test-app';

/** Setup starts an app and creates a brand with clients and games, which is slow on a busy machine. */
jest.setTimeout(60_000);

describe('bonus offers', () => {
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

  function get(path: string, token = setup.backOfficeToken) {
    return request(testApp.server).get(path).auth(token, { type: 'bearer' });
  }

  function patch(id: string, body: object, token = setup.backOfficeToken) {
    return request(testApp.server)
      .patch(`/bonus-offers/${id}`)
      .auth(token, { type: 'bearer' })
      .send(body);
  }

  describe('POST /bonus-offers', () => {
    it('creates a fixed manual offer', async () => {
      const body = offerBody({ game_ids: [setup.gameId] });

      const response = await postOffer(testApp, setup.backOfficeToken, body);

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        name: 'Welcome bonus',
        description: 'Ten to play with',
        image_url: 'https://cdn.casino.test/welcome.png',
        terms_and_conditions: body.terms_and_conditions,
        reward_type: 'bonus_money',
        amount_type: 'fixed',
        amount: 1000,
        percentage: null,
        max_amount: null,
        wager_multiplier: 5,
        activation_type: 'manual',
        min_deposit: null,
        game_ids: [setup.gameId],
        valid_from: body.valid_from,
        valid_to: body.valid_to,
        wagering_seconds: 3600,
        active: true,
      });
    });

    it('creates a percentage deposit offer', async () => {
      const response = await postOffer(
        testApp,
        setup.backOfficeToken,
        offerBody({
          amount_type: 'percentage',
          amount: undefined,
          percentage: 100,
          max_amount: 20_000,
          activation_type: 'deposit',
          min_deposit: 1000,
        }),
      );

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        amount: null,
        percentage: 100,
        max_amount: 20_000,
        activation_type: 'deposit',
        min_deposit: 1000,
        game_ids: [],
      });
    });

    it.each<[string, object, string]>([
      ['missing name', { name: undefined }, 'name'],
      ['long name', { name: 'n'.repeat(101) }, 'name'],
      ['long description', { description: 'd'.repeat(2001) }, 'description'],
      ['ftp image', { image_url: 'ftp://cdn.casino.test/a.png' }, 'image_url'],
      ['numeric terms', { terms_and_conditions: 42 }, 'terms_and_conditions'],
      ['unknown reward', { reward_type: 'cashback' }, 'reward_type'],
      ['free spins', { reward_type: 'free_spins' }, 'reward_type'],
      ['unknown amount type', { amount_type: 'all' }, 'amount_type'],
      ['fixed without amount', { amount: undefined }, 'amount'],
      ['zero amount', { amount: 0 }, 'amount'],
      ['fractional amount', { amount: 10.5 }, 'amount'],
      ['fixed with percentage', { percentage: 50 }, 'percentage'],
      ['fixed with cap', { max_amount: 500 }, 'max_amount'],
      ['zero multiplier', { wager_multiplier: 0 }, 'wager_multiplier'],
      ['huge multiplier', { wager_multiplier: 1001 }, 'wager_multiplier'],
      ['unknown activation', { activation_type: 'login' }, 'activation_type'],
      ['manual with minimum', { min_deposit: 100 }, 'min_deposit'],
      ['deposit without minimum', { activation_type: 'deposit' }, 'min_deposit'],
      ['game ids not a list', { game_ids: 'all' }, 'game_ids'],
      ['game id not a UUID', { game_ids: ['slots'] }, 'game_ids'],
      ['unknown game', { game_ids: ['00000000-0000-4000-8000-000000000000'] }, 'game_ids'],
      ['bad valid_from', { valid_from: 'yesterday' }, 'valid_from'],
      ['impossible valid_from', { valid_from: '2026-02-30T00:00:00Z' }, 'valid_from'],
      ['numeric valid_to', { valid_to: 1893456000000 }, 'valid_to'],
      ['missing valid_to', { valid_to: undefined }, 'valid_to'],
      ['window backwards', { valid_to: '2020-01-01T00:00:00.000Z' }, 'valid_to'],
      ['zero wagering time', { wagering_seconds: 0 }, 'wagering_seconds'],
      ['unknown field', { bonus_code: 'WELCOME' }, 'bonus_code'],
    ])('rejects %s', async (_case, change, field) => {
      const response = await postOffer(testApp, setup.backOfficeToken, offerBody(change));

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('rejects percentage without a cap', async () => {
      const response = await postOffer(
        testApp,
        setup.backOfficeToken,
        offerBody({
          amount_type: 'percentage',
          amount: undefined,
          percentage: 50,
          activation_type: 'deposit',
          min_deposit: 100,
        }),
      );

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['max_amount']);
    });

    it('rejects a manual percentage offer', async () => {
      const response = await postOffer(
        testApp,
        setup.backOfficeToken,
        offerBody({ amount_type: 'percentage', amount: undefined, percentage: 50, max_amount: 9 }),
      );

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['amount_type']);
    });

    it("rejects another brand's game", async () => {
      const response = await postOffer(
        testApp,
        setup.backOfficeToken,
        offerBody({ game_ids: [other.gameId] }),
      );

      expect(response.status).toBe(400);
      expect(response.body.fields.game_ids[0]).toContain(other.gameId);
    });

    it('rejects a player token', async () => {
      const player = await createBonusPlayer(testApp, setup);

      const response = await postOffer(testApp, player.token, offerBody());

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('GET /bonus-offers', () => {
    it("lists only the brand's offers", async () => {
      const mine = await createOffer(testApp, setup, { name: 'Listed here' });
      const theirs = await createOffer(testApp, other, { name: 'Listed there' });

      const response = await get('/bonus-offers?per_page=100');
      const ids = (response.body.data as { id: string }[]).map((offer) => offer.id);

      expect(response.status).toBe(200);
      expect(ids).toContain(mine);
      expect(ids).not.toContain(theirs);
      expect(response.body).toMatchObject({ page: 1, per_page: 100 });
      expect(response.body.total).toBe(ids.length);
    });

    it('paginates', async () => {
      const response = await get('/bonus-offers?per_page=1&page=2');

      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(1);
      expect(response.body.page).toBe(2);
    });

    it('reads one offer', async () => {
      const id = await createOffer(testApp, setup, { name: 'Read me' });

      const response = await get(`/bonus-offers/${id}`);

      expect(response.status).toBe(200);
      expect(response.body.name).toBe('Read me');
    });

    it("hides another brand's offer", async () => {
      const id = await createOffer(testApp, other);

      const response = await get(`/bonus-offers/${id}`);

      expect(response.status).toBe(404);
    });
  });

  describe('GET /bonus-offers/:id/terms', () => {
    it('serves the HTML as stored', async () => {
      const html = '<h1>Terms</h1><p>Caf\u00e9 &amp; <i>rules</i></p>';
      const id = await createOffer(testApp, setup, { terms_and_conditions: html });

      const response = await get(`/bonus-offers/${id}/terms`);

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toBe(html);
    });

    it('sandboxes the page', async () => {
      const id = await createOffer(testApp, setup);

      const response = await get(`/bonus-offers/${id}/terms`);

      expect(response.headers['content-security-policy']).toBe('sandbox');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('serves a player token', async () => {
      const player = await createBonusPlayer(testApp, setup);
      const id = await createOffer(testApp, setup);

      const response = await get(`/bonus-offers/${id}/terms`, player.token);

      expect(response.status).toBe(200);
    });

    it("hides another brand's terms", async () => {
      const id = await createOffer(testApp, other);

      const response = await get(`/bonus-offers/${id}/terms`);

      expect(response.status).toBe(404);
    });
  });

  describe('PATCH /bonus-offers/:id', () => {
    it('changes fields', async () => {
      const id = await createOffer(testApp, setup);

      const response = await patch(id, { name: 'Renamed', active: false, image_url: null });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ name: 'Renamed', active: false, image_url: null });
    });

    it('switches to a percentage deposit offer', async () => {
      const id = await createOffer(testApp, setup);

      const response = await patch(id, {
        amount_type: 'percentage',
        amount: null,
        percentage: 50,
        max_amount: 5000,
        activation_type: 'deposit',
        min_deposit: 500,
      });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ amount: null, percentage: 50, max_amount: 5000 });
    });

    it('checks the merged offer', async () => {
      const id = await createOffer(testApp, setup);

      const response = await patch(id, { activation_type: 'deposit' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['min_deposit']);
    });

    it('rejects a window ending before it starts', async () => {
      const id = await createOffer(testApp, setup);

      const response = await patch(id, { valid_to: '2000-01-01T00:00:00Z' });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['valid_to']);
    });

    it('keeps a required field on null', async () => {
      const id = await createOffer(testApp, setup);

      const response = await patch(id, { name: null });

      expect(response.status).toBe(200);
      expect(response.body.name).toBe('Welcome bonus');
    });

    it("rejects another brand's offer", async () => {
      const id = await createOffer(testApp, other);

      const response = await patch(id, { name: 'Taken over' });

      expect(response.status).toBe(404);
    });
  });

  describe('demo seed', () => {
    it('gives the demo clients the bonus scopes', async () => {
      const demo = await startTestApp({ SEED_DEMO: 'true' });
      try {
        await demo.app.get(BootstrapService).run();
        const clients = demo.app.get(ClientsRepository);
        const app = await clients.findByClientId(demo.config.BOOTSTRAP_BRAND);
        const backOffice = await clients.findByClientId(
          `${demo.config.BOOTSTRAP_BRAND}-backoffice`,
        );

        expect(app?.scopes).toEqual(expect.arrayContaining(['bonuses:read', 'bonuses:claim']));
        expect(backOffice?.scopes).toContain('bonuses:write');
      } finally {
        await demo.close();
      }
    });
  });
});
