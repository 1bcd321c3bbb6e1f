import { setTimeout as sleep } from 'node:timers/promises';

import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { BrandEntity } from '../src/brands/brand.entity';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { SessionsService } from '../src/auth-server/tokens/sessions.service';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken, requestPasswordGrant } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  PLAYER_PASSWORD,
  TEST_REQUEST,
} from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const NEW_PASSWORD = 'staple-orbit-lantern';
const DAY_MS = 24 * 60 * 60 * 1000;

interface Login {
  accessToken: string;
  refreshToken: string;
}

describe('account security', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let client: ClientEntity;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_LOGIN_FAILURES_PER_PLAYER: '5' });
    brand = await createBrand(testApp);
    client = await createAppClient(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function login(player: UserEntity, appClient = client): Promise<Login> {
    const response = await requestPasswordGrant(testApp, appClient.clientId, player.email);
    expect(response.status).toBe(200);
    return { accessToken: response.body.access_token, refreshToken: response.body.refresh_token };
  }

  function refresh(refreshToken: string): Promise<Response> {
    return request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      client_id: client.clientId,
      refresh_token: refreshToken,
    });
  }

  function getMe(token: string, server = testApp.server): Promise<Response> {
    return request(server).get('/users/me').auth(token, { type: 'bearer' });
  }

  function changePassword(token: string, body: object): Promise<Response> {
    return request(testApp.server)
      .post('/users/me/password')
      .auth(token, { type: 'bearer' })
      .send(body);
  }

  function selfExclude(token: string, period: unknown): Promise<Response> {
    return request(testApp.server)
      .post('/users/me/self-exclusion')
      .auth(token, { type: 'bearer' })
      .send({ period });
  }

  async function auditCount(type: string, userId: string): Promise<number> {
    await testApp.app.get(AuditService).flush();
    const [row]: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) AS count FROM audit_events WHERE type = $1 AND user_id = $2`,
      [type, userId],
    );
    return Number(row.count);
  }

  describe('POST /users/me/password', () => {
    it('rejects a wrong current password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {
        current_password: 'not-the-password',
        new_password: NEW_PASSWORD,
      });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        status: 400,
        error: 'validation_failed',
        fields: { current_password: ['current_password is incorrect'] },
      });
    });

    it('keeps the password after a wrong one', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);
      await changePassword(accessToken, {
        current_password: 'not-the-password',
        new_password: NEW_PASSWORD,
      });

      const response = await requestPasswordGrant(testApp, client.clientId, player.email);

      expect(response.status).toBe(200);
    });

    it('rejects a short new password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: 'short',
      });

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        new_password: ['new_password must be at least 8 characters long'],
      });
    });

    it('rejects a long new password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: 'x'.repeat(129),
      });

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        new_password: ['new_password must be at most 128 characters long'],
      });
    });

    it('rejects an unchanged password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: PLAYER_PASSWORD,
      });

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        new_password: ['new_password must differ from current_password'],
      });
    });

    it('rejects a common password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: 'password123',
      });

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        new_password: [
          'new_password is too common and easy to guess; choose a less predictable one',
        ],
      });
    });

    it('rejects missing fields', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {});

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        current_password: ['current_password is required'],
        new_password: ['new_password is required'],
      });
    });

    it('locks after repeated wrong current passwords', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);
      const wrong = { current_password: 'not-the-password', new_password: NEW_PASSWORD };
      for (let attempt = 0; attempt < 5; attempt++) {
        await changePassword(accessToken, wrong);
      }

      const response = await changePassword(accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: NEW_PASSWORD,
      });

      expect(response.status).toBe(429);
      expect(response.body.message).toMatch(/^Too many wrong current passwords; retry after /);
    });

    it('changes the password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await changePassword(accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: NEW_PASSWORD,
      });

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect(
        (await requestPasswordGrant(testApp, client.clientId, player.email, NEW_PASSWORD)).status,
      ).toBe(200);
      expect((await requestPasswordGrant(testApp, client.clientId, player.email)).status).toBe(400);
      expect(await auditCount('password_changed', player.id)).toBe(1);
    });

    it('ends the other sessions only', async () => {
      const player = await createPlayer(testApp, brand);
      const current = await login(player);
      const other = await login(player);
      const bystander = await login(await createPlayer(testApp, brand));

      await changePassword(current.accessToken, {
        current_password: PLAYER_PASSWORD,
        new_password: NEW_PASSWORD,
      });

      expect((await getMe(other.accessToken)).status).toBe(401);
      expect((await refresh(other.refreshToken)).status).toBe(400);
      expect((await getMe(current.accessToken)).status).toBe(200);
      expect((await refresh(current.refreshToken)).status).toBe(200);
      expect((await getMe(bystander.accessToken)).status).toBe(200);
      expect(await auditCount('session_revoked', player.id)).toBe(1);
    });
  });

  describe('POST /users/me/self-exclusion', () => {
    it('rejects an unknown period', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await selfExclude(accessToken, '2_weeks');

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({
        period: ['period must be one of: 6_months, 1_year, 5_years, permanent'],
      });
    });

    it('returns the status and end', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await selfExclude(accessToken, '1_year');

      const until = Date.parse(response.body.self_excluded_until);
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('self_excluded');
      expect(response.body.period).toBe('1_year');
      expect(until).toBeGreaterThan(Date.now() + 364 * DAY_MS);
      expect(until).toBeLessThan(Date.now() + 367 * DAY_MS);
      expect(await auditCount('self_exclusion_set', player.id)).toBe(1);
    });

    it('ends every session', async () => {
      const player = await createPlayer(testApp, brand);
      const current = await login(player);
      const other = await login(player);

      await selfExclude(current.accessToken, '6_months');

      expect((await getMe(current.accessToken)).status).toBe(401);
      expect((await getMe(other.accessToken)).status).toBe(401);
      expect((await refresh(current.refreshToken)).status).toBe(400);
      expect(await auditCount('session_revoked', player.id)).toBe(2);
    });

    it('rejects tokens on another instance', async () => {
      const second = await startSecondInstance(testApp);
      try {
        const player = await createPlayer(testApp, brand);
        const { accessToken } = await login(player);
        expect((await getMe(accessToken, second.server)).status).toBe(200);

        await selfExclude(accessToken, '5_years');

        const deadline = Date.now() + 2000;
        let status = 0;
        do {
          status = (await getMe(accessToken, second.server)).status;
          if (status !== 401) {
            await sleep(20);
          }
        } while (status !== 401 && Date.now() < deadline);
        expect(status).toBe(401);
      } finally {
        await second.close();
      }
    });

    it('makes grants fail until the end', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);
      const excluded = await selfExclude(accessToken, '6_months');

      const response = await requestPasswordGrant(testApp, client.clientId, player.email);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'invalid_grant',
        error_description: `The player is self-excluded until ${excluded.body.self_excluded_until}`,
      });
    });

    it('makes grants fail permanently', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);
      const excluded = await selfExclude(accessToken, 'permanent');

      const response = await requestPasswordGrant(testApp, client.clientId, player.email);

      expect(excluded.body.self_excluded_until).toBeNull();
      expect(response.body).toEqual({
        error: 'invalid_grant',
        error_description: 'The player is self-excluded permanently',
      });
    });

    it('allows login after the end', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);
      await selfExclude(accessToken, '6_months');
      await testApp.dataSource.query(
        `UPDATE users SET self_excluded_until = now() - interval '1 second' WHERE id = $1`,
        [player.id],
      );

      const response = await requestPasswordGrant(testApp, client.clientId, player.email);

      const [row]: { status: string; self_excluded_until: Date | null }[] =
        await testApp.dataSource.query(
          'SELECT status, self_excluded_until FROM users WHERE id = $1',
          [player.id],
        );
      expect(response.status).toBe(200);
      expect(response.body.identity.status).toBe('active');
      expect(row.status).toBe('active');
      expect(row.self_excluded_until).toBeNull();
    });

    it('stays after a wrong password', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);
      await selfExclude(accessToken, '6_months');
      await testApp.dataSource.query(
        `UPDATE users SET self_excluded_until = now() - interval '1 second' WHERE id = $1`,
        [player.id],
      );

      await requestPasswordGrant(testApp, client.clientId, player.email, 'not-the-password');

      const [row]: { status: string }[] = await testApp.dataSource.query(
        'SELECT status FROM users WHERE id = $1',
        [player.id],
      );
      expect(row.status).toBe('self_excluded');
    });

    describe('while self-excluded', () => {
      /** Creates a player with a live token, then self-excludes them by SQL until `until`. */
      async function excludedPlayer(
        until = "now() + interval '5 years'",
      ): Promise<{ player: UserEntity; accessToken: string }> {
        const player = await createPlayer(testApp, brand);
        const { accessToken } = await login(player);
        await testApp.dataSource.query(
          `UPDATE users SET status = 'self_excluded', self_excluded_until = ${until}
           WHERE id = $1`,
          [player.id],
        );
        return { player, accessToken };
      }

      it('cannot be shortened', async () => {
        const { player, accessToken } = await excludedPlayer();

        const response = await selfExclude(accessToken, '6_months');

        const [row]: { until: Date }[] = await testApp.dataSource.query(
          'SELECT self_excluded_until AS until FROM users WHERE id = $1',
          [player.id],
        );
        expect(response.status).toBe(409);
        expect(response.body.message).toMatch(
          /^The player is already self-excluded until .+; a self-exclusion can only be lengthened$/,
        );
        expect(row.until.getTime()).toBeGreaterThan(Date.now() + 4 * 365 * DAY_MS);
      });

      it('cannot be lifted from permanent', async () => {
        const { accessToken } = await excludedPlayer('NULL');

        const response = await selfExclude(accessToken, '5_years');

        expect(response.status).toBe(409);
        expect(response.body.message).toBe(
          'The player is already self-excluded permanently; a self-exclusion can only be lengthened',
        );
      });

      it('starts no new session', async () => {
        const { player } = await excludedPlayer();

        const start = testApp.app
          .get(SessionsService)
          .startIn(undefined, player.id, client, 'profile:read', TEST_REQUEST);

        await expect(start).rejects.toThrow('The player is self-excluded');
      });

      it('starts no session at login', async () => {
        const { player } = await excludedPlayer();
        const lastLoginOf = async (): Promise<Date | null> => {
          const [row]: { last_login: Date | null }[] = await testApp.dataSource.query(
            'SELECT last_login FROM users WHERE id = $1',
            [player.id],
          );
          return row.last_login;
        };
        const before = await lastLoginOf();

        const start = testApp.app
          .get(SessionsService)
          .startAtLogin(player, client, 'profile:read', TEST_REQUEST);

        await expect(start).rejects.toThrow('The player is self-excluded');
        expect(await lastLoginOf()).toEqual(before);
      });

      it('can be lengthened', async () => {
        const { accessToken } = await excludedPlayer();

        const response = await selfExclude(accessToken, 'permanent');

        expect(response.status).toBe(200);
        expect(response.body.self_excluded_until).toBeNull();
      });
    });
  });

  describe('client tokens', () => {
    const routes: [string, object][] = [
      ['/users/me/password', { current_password: PLAYER_PASSWORD, new_password: NEW_PASSWORD }],
      ['/users/me/self-exclusion', { period: '1_year' }],
    ];

    it.each(routes)('POST %s rejects them', async (path, body) => {
      const backOffice = await createConfidentialClient(testApp, brand, {
        scopes: ['profile:read', 'profile:write'],
      });
      const token = await clientAccessToken(testApp, backOffice.client.clientId, backOffice.secret);

      const response = await request(testApp.server)
        .post(path)
        .auth(token, { type: 'bearer' })
        .send(body);

      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        status: 403,
        message: "This route needs a player's access token",
      });
    });

    it.each(routes)('POST %s needs profile:write', async (path, body) => {
      const readOnly = await createAppClient(testApp, brand, {
        scopes: ['profile:read'],
        default_scopes: ['profile:read'],
      });
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player, readOnly);

      const response = await request(testApp.server)
        .post(path)
        .auth(accessToken, { type: 'bearer' })
        .send(body);

      expect(response.status).toBe(403);
      expect(response.headers['www-authenticate']).toContain('error="insufficient_scope"');
    });
  });

  describe('brand isolation', () => {
    it("keeps the other brand's twin", async () => {
      const otherBrand = await createBrand(testApp);
      const otherClient = await createAppClient(testApp, otherBrand);
      const email = `twin-${Date.now()}@example.test`;
      const player = await createPlayer(testApp, brand, { email });
      const twin = await createPlayer(testApp, otherBrand, { email });
      const own = await login(player);
      const twinLogin = await login(twin, otherClient);

      await selfExclude(own.accessToken, '1_year');

      expect((await getMe(twinLogin.accessToken)).status).toBe(200);
      expect((await requestPasswordGrant(testApp, otherClient.clientId, email)).status).toBe(200);
    });
  });
});
