import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { clientAccessToken } from './helpers/access-tokens';
import { createConfidentialClient } from './helpers/factories';
import { createGamePlayer, createGamesBrand, GamesBrand, startSession } from './helpers/games';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

/** Starting the app and a brand takes several seconds on a loaded machine. */
jest.setTimeout(60_000);

describe('brand settings', () => {
  let testApp: TestApp;
  let setup: GamesBrand;
  let settingsToken: string;
  let roundCounter = 0;

  function getSettings(token: string, server = testApp.server): Promise<Response> {
    return request(server).get('/brands/current/settings').auth(token, { type: 'bearer' });
  }

  function patchSettings(token: string, body: object, server = testApp.server): Promise<Response> {
    return request(server)
      .patch('/brands/current/settings')
      .auth(token, { type: 'bearer' })
      .send(body);
  }

  async function betOnce(
    brand: GamesBrand,
    funds: { real: number; bonus: number },
    bet: number,
    server = testApp.server,
  ): Promise<Response> {
    const player = await createGamePlayer(testApp, brand, funds);
    const session = await startSession(testApp, player.token, brand.gameId);
    roundCounter += 1;
    return request(server)
      .post(`/game-sessions/${(session.body as { id: string }).id}/rounds`)
      .auth(brand.providerToken, { type: 'bearer' })
      .send({ round_id: `order-${roundCounter}`, bet, win: 0 });
  }

  async function brandWithSettingsClient(): Promise<{ brand: GamesBrand; token: string }> {
    const brand = await createGamesBrand(testApp);
    const client = await createConfidentialClient(testApp, brand.brand, {
      scopes: ['brands:read', 'brands:write'],
    });
    return {
      brand,
      token: await clientAccessToken(testApp, client.client.clientId, client.secret),
    };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    const created = await brandWithSettingsClient();
    setup = created.brand;
    settingsToken = created.token;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('defaults to real_first', async () => {
    const response = await getSettings(settingsToken);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ debit_order: 'real_first' });
  });

  it('debits real first by default', async () => {
    const response = await betOnce(setup, { real: 100, bonus: 500 }, 300);

    expect(response.body).toMatchObject({ bet_real: 100, bet_bonus: 200 });
  });

  it('debits bonus first when set', async () => {
    const { brand, token } = await brandWithSettingsClient();

    const patched = await patchSettings(token, { debit_order: 'bonus_first' });
    const response = await betOnce(brand, { real: 500, bonus: 100 }, 300);

    expect(patched.status).toBe(200);
    expect(patched.body).toEqual({ debit_order: 'bonus_first' });
    expect(response.body).toMatchObject({
      bet_real: 200,
      bet_bonus: 100,
      real_balance: 300,
      bonus_balance: 0,
    });
  });

  it('keeps other brands at their order', async () => {
    const { token } = await brandWithSettingsClient();
    await patchSettings(token, { debit_order: 'bonus_first' });

    const response = await betOnce(setup, { real: 500, bonus: 500 }, 300);

    expect(response.body).toMatchObject({ bet_real: 300, bet_bonus: 0 });
  });

  it('applies a change on another instance at once', async () => {
    const { brand, token } = await brandWithSettingsClient();
    const second = await startSecondInstance(testApp);
    try {
      const before = await betOnce(brand, { real: 500, bonus: 500 }, 100, second.server);
      await patchSettings(token, { debit_order: 'bonus_first' });

      const after = await betOnce(brand, { real: 500, bonus: 500 }, 100, second.server);

      expect(before.body).toMatchObject({ bet_real: 100, bet_bonus: 0 });
      expect(after.body).toMatchObject({ bet_real: 0, bet_bonus: 100 });
    } finally {
      await second.close();
    }
  });

  it('keeps the order on an empty body', async () => {
    const { token } = await brandWithSettingsClient();
    await patchSettings(token, { debit_order: 'bonus_first' });

    const response = await patchSettings(token, {});

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ debit_order: 'bonus_first' });
  });

  it('rejects an unknown order', async () => {
    const response = await patchSettings(settingsToken, { debit_order: 'random' });

    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual({
      debit_order: ['debit_order must be one of real_first, bonus_first'],
    });
  });

  it('records a change in the audit log', async () => {
    const { brand, token } = await brandWithSettingsClient();
    await patchSettings(token, { debit_order: 'bonus_first' });
    await testApp.app.get(AuditService).flush();

    const rows: { details: object }[] = await testApp.dataSource.query(
      `SELECT details FROM audit_events WHERE type = 'brand_settings_changed' AND brand_id = $1`,
      [brand.brand.id],
    );

    expect(rows).toEqual([{ details: { debit_order: { from: 'real_first', to: 'bonus_first' } } }]);
  });

  it('PATCH requires brands:write', async () => {
    const client = await createConfidentialClient(testApp, setup.brand, {
      scopes: ['brands:read'],
    });
    const token = await clientAccessToken(testApp, client.client.clientId, client.secret);

    const response = await patchSettings(token, { debit_order: 'bonus_first' });

    expect(response.status).toBe(403);
    expect(response.body.error).toBe('insufficient_scope');
  });

  it('GET requires brands:read', async () => {
    const response = await getSettings(setup.providerToken);

    expect(response.status).toBe(403);
    expect(response.body.error).toBe('insufficient_scope');
  });
});
