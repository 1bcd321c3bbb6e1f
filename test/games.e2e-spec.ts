import request from 'supertest';

import { ClientsRepository } from '../src/auth-server/clients/clients.repository';
import { BootstrapService } from '../src/bootstrap/bootstrap.service';

import { createGamePlayer, createGamesBrand, GamesBrand } from './helpers/games';
import { startTestApp, TestApp } from './helpers/test-app';

describe('games catalogue', () => {
  let testApp: TestApp;
  let setup: GamesBrand;

  beforeAll(async () => {
    testApp = await startTestApp();
    setup = await createGamesBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('creates a game', async () => {
    const response = await request(testApp.server)
      .post('/games')
      .auth(setup.backOfficeToken, { type: 'bearer' })
      .send({
        name: 'Roulette',
        provider: 'live-co',
        category: 'table',
        counts_for_wagering: false,
      });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      name: 'Roulette',
      provider: 'live-co',
      category: 'table',
      counts_for_wagering: false,
    });
  });

  it('rejects a game without provider', async () => {
    const response = await request(testApp.server)
      .post('/games')
      .auth(setup.backOfficeToken, { type: 'bearer' })
      .send({ name: 'Roulette', category: 'table' });

    expect(response.status).toBe(400);
  });

  it('changes a game', async () => {
    const response = await request(testApp.server)
      .patch(`/games/${setup.gameId}`)
      .auth(setup.backOfficeToken, { type: 'bearer' })
      .send({ category: 'classic-slots', counts_for_wagering: false });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: setup.gameId,
      category: 'classic-slots',
      counts_for_wagering: false,
    });
  });

  it('hides games of other brands', async () => {
    const other = await createGamesBrand(testApp);

    const response = await request(testApp.server)
      .patch(`/games/${setup.gameId}`)
      .auth(other.backOfficeToken, { type: 'bearer' })
      .send({ name: 'Taken' });

    expect(response.status).toBe(404);
  });

  it('lists games to a player', async () => {
    const player = await createGamePlayer(testApp, setup);

    const response = await request(testApp.server)
      .get('/games?per_page=1')
      .auth(player.token, { type: 'bearer' });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ page: 1, per_page: 1, total: 2 });
  });

  it('lists games without a token', async () => {
    const response = await request(testApp.server).get('/games');

    expect(response.status).toBe(401);
  });

  it('rejects a player creating games', async () => {
    const player = await createGamePlayer(testApp, setup);

    const response = await request(testApp.server)
      .post('/games')
      .auth(player.token, { type: 'bearer' })
      .send({ name: 'Mine', provider: 'p', category: 'slots' });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: 'insufficient_scope' });
  });

  describe('demo seed', () => {
    it('seeds one demo game', async () => {
      const demo = await startTestApp({ SEED_DEMO: 'true' });
      try {
        await demo.app.get(BootstrapService).run();
        const rows: { name: string; provider: string }[] = await demo.dataSource.query(
          `SELECT name, provider FROM games`,
        );

        expect(rows).toEqual([{ name: 'Demo slot', provider: 'sandbox-games' }]);
      } finally {
        await demo.close();
      }
    });

    it('gives the demo app session scopes', async () => {
      const demo = await startTestApp({ SEED_DEMO: 'true' });
      try {
        await demo.app.get(BootstrapService).run();
        const demoApp = await demo.app
          .get(ClientsRepository)
          .findByClientId(demo.config.BOOTSTRAP_BRAND);

        expect(demoApp?.scopes).toEqual(
          expect.arrayContaining(['game-sessions:read', 'game-sessions:write']),
        );
      } finally {
        await demo.close();
      }
    });
  });
});
