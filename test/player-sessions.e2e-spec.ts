import { setTimeout as sleep } from 'node:timers/promises';

import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { BrandEntity } from '../src/brands/brand.entity';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  PLAYER_PASSWORD,
} from './helpers/factories';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

const SESSION_FIELDS = [
  'client_id',
  'client_name',
  'created_at',
  'current',
  'id',
  'ip',
  'last_refreshed_at',
  'user_agent',
];

interface Login {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
}

/** Returns the `sid` claim of an access token. */
function sessionIdOf(accessToken: string): string {
  const payload = accessToken.split('.')[1];
  return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sid: string }).sid;
}

describe('player sessions', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let client: ClientEntity;
  let otherBrandClient: ClientEntity;
  let otherBrand: BrandEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    client = await createAppClient(testApp, brand, { name: 'Casino app' });
    otherBrand = await createBrand(testApp);
    otherBrandClient = await createAppClient(testApp, otherBrand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function login(
    player: UserEntity,
    userAgent = 'SessionsTest/1.0',
    appClient = client,
  ): Promise<Login> {
    const response = await request(testApp.server)
      .post('/oauth/token')
      .set('User-Agent', userAgent)
      .type('form')
      .send({
        grant_type: 'password',
        client_id: appClient.clientId,
        username: player.email,
        password: PLAYER_PASSWORD,
      });
    expect(response.status).toBe(200);
    const accessToken = response.body.access_token as string;
    return {
      accessToken,
      refreshToken: response.body.refresh_token as string,
      sessionId: sessionIdOf(accessToken),
    };
  }

  function refresh(refreshToken: string, userAgent = 'SessionsTest/1.0'): Promise<Response> {
    return request(testApp.server)
      .post('/oauth/token')
      .set('User-Agent', userAgent)
      .type('form')
      .send({
        grant_type: 'refresh_token',
        client_id: client.clientId,
        refresh_token: refreshToken,
      });
  }

  function listSessions(token: string, server = testApp.server): Promise<Response> {
    return request(server).get('/users/me/sessions').auth(token, { type: 'bearer' });
  }

  function endSession(token: string, id: string): Promise<Response> {
    return request(testApp.server)
      .delete(`/users/me/sessions/${id}`)
      .auth(token, { type: 'bearer' });
  }

  function getMe(token: string, server = testApp.server): Promise<Response> {
    return request(server).get('/users/me').auth(token, { type: 'bearer' });
  }

  async function auditReasons(sessionId: string): Promise<string[]> {
    await testApp.app.get(AuditService).flush();
    const rows: { reason: string }[] = await testApp.dataSource.query(
      `SELECT details->>'reason' AS reason FROM audit_events
       WHERE type = 'session_revoked' AND session_id = $1`,
      [sessionId],
    );
    return rows.map((row) => row.reason);
  }

  describe('GET /users/me/sessions', () => {
    it('lists the session fields', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken } = await login(player);

      const response = await listSessions(accessToken);

      expect(response.status).toBe(200);
      expect(response.body).toHaveLength(1);
      expect(Object.keys(response.body[0]).sort()).toEqual(SESSION_FIELDS);
    });

    it('returns the session values', async () => {
      const player = await createPlayer(testApp, brand);
      const { accessToken, sessionId } = await login(player, 'Browser/42');

      const [session] = (await listSessions(accessToken)).body;

      expect(session.id).toBe(sessionId);
      expect(session.client_id).toBe(client.clientId);
      expect(session.client_name).toBe('Casino app');
      expect(session.user_agent).toBe('Browser/42');
      expect(session.ip).toMatch(/127\.0\.0\.1$/);
      expect(session.last_refreshed_at).toBeNull();
      expect(Date.parse(session.created_at)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('marks only the current session', async () => {
      const player = await createPlayer(testApp, brand);
      const first = await login(player);
      const second = await login(player);

      const response = await listSessions(second.accessToken);

      const current = (response.body as { id: string; current: boolean }[])
        .filter((session) => session.current)
        .map((session) => session.id);
      expect(response.body).toHaveLength(2);
      expect(current).toEqual([second.sessionId]);
      expect(response.body.map((session: { id: string }) => session.id)).toContain(first.sessionId);
    });

    it('records refresh time and origin', async () => {
      const player = await createPlayer(testApp, brand);
      const { refreshToken } = await login(player, 'Browser/1');
      const refreshed = await refresh(refreshToken, 'Browser/2');

      const [session] = (await listSessions(refreshed.body.access_token)).body;

      expect(refreshed.status).toBe(200);
      expect(session.user_agent).toBe('Browser/2');
      expect(Date.parse(session.last_refreshed_at)).toBeGreaterThanOrEqual(
        Date.parse(session.created_at),
      );
    });

    it('cuts long user agents', async () => {
      const player = await createPlayer(testApp, brand);
      const userAgent = `Browser/${'x'.repeat(600)}`;
      const { accessToken } = await login(player, userAgent);

      const [session] = (await listSessions(accessToken)).body;

      expect(session.user_agent.length).toBeLessThanOrEqual(512);
      expect(userAgent.startsWith(session.user_agent)).toBe(true);
    });

    it('omits revoked sessions', async () => {
      const player = await createPlayer(testApp, brand);
      const ended = await login(player);
      const remaining = await login(player);
      await request(testApp.server)
        .post('/oauth/logout')
        .auth(ended.accessToken, { type: 'bearer' });

      const response = await listSessions(remaining.accessToken);

      expect(response.body.map((session: { id: string }) => session.id)).toEqual([
        remaining.sessionId,
      ]);
    });

    it('omits sessions with expired refresh tokens', async () => {
      const player = await createPlayer(testApp, brand);
      const expired = await login(player);
      const remaining = await login(player);
      await testApp.dataSource.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE session_id = $1`,
        [expired.sessionId],
      );

      const response = await listSessions(remaining.accessToken);

      expect(response.body.map((session: { id: string }) => session.id)).toEqual([
        remaining.sessionId,
      ]);
    });

    it("omits other players' sessions", async () => {
      const player = await createPlayer(testApp, brand);
      const other = await createPlayer(testApp, brand);
      const own = await login(player);
      await login(other);

      const response = await listSessions(own.accessToken);

      expect(response.body.map((session: { id: string }) => session.id)).toEqual([own.sessionId]);
    });
  });

  describe('DELETE /users/me/sessions/:id', () => {
    it('ends the session', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);
      const ended = await login(player);

      const response = await endSession(caller.accessToken, ended.sessionId);

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect((await getMe(ended.accessToken)).status).toBe(401);
      expect((await getMe(caller.accessToken)).status).toBe(200);
    });

    it('rejects the ended refresh token', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);
      const ended = await login(player);
      await endSession(caller.accessToken, ended.sessionId);

      const response = await refresh(ended.refreshToken);

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'invalid_grant',
        error_description: 'The refresh token was revoked',
      });
    });

    it('records session_revoked', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);
      const ended = await login(player);
      await endSession(caller.accessToken, ended.sessionId);

      expect(await auditReasons(ended.sessionId)).toEqual(['logout']);
    });

    it("rejects another player's session", async () => {
      const player = await createPlayer(testApp, brand);
      const other = await createPlayer(testApp, brand);
      const caller = await login(player);
      const foreign = await login(other);

      const response = await endSession(caller.accessToken, foreign.sessionId);

      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({
        status: 404,
        error: 'not_found',
        message: `Session ${foreign.sessionId} was not found among your active sessions`,
      });
      expect((await getMe(foreign.accessToken)).status).toBe(200);
    });

    it('rejects an unknown session id', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);

      const response = await endSession(caller.accessToken, '00000000-0000-4000-8000-000000000000');

      expect(response.status).toBe(404);
    });

    it('rejects an ended session id', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);
      const ended = await login(player);
      await endSession(caller.accessToken, ended.sessionId);

      const response = await endSession(caller.accessToken, ended.sessionId);

      expect(response.status).toBe(404);
    });

    it('rejects a malformed session id', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);

      const response = await endSession(caller.accessToken, 'not-a-uuid');

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ status: 400, error: 'bad_request' });
    });

    it('needs the profile:write scope', async () => {
      const readOnly = await createAppClient(testApp, brand, {
        scopes: ['profile:read'],
        default_scopes: ['profile:read'],
      });
      const player = await createPlayer(testApp, brand);
      const caller = await login(player, 'SessionsTest/1.0', readOnly);

      const response = await endSession(caller.accessToken, caller.sessionId);

      expect(response.status).toBe(403);
      expect(response.headers['www-authenticate']).toContain('error="insufficient_scope"');
    });
  });

  describe('ending the current session', () => {
    it('DELETE current ends it', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);

      const response = await endSession(caller.accessToken, 'current');

      expect(response.status).toBe(204);
      expect((await getMe(caller.accessToken)).status).toBe(401);
      expect((await refresh(caller.refreshToken)).status).toBe(400);
    });

    it('logout ends it', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);
      const other = await login(player);

      const response = await request(testApp.server)
        .post('/oauth/logout')
        .auth(caller.accessToken, { type: 'bearer' });

      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expect((await getMe(caller.accessToken)).status).toBe(401);
      expect((await refresh(caller.refreshToken)).status).toBe(400);
      expect((await getMe(other.accessToken)).status).toBe(200);
      expect(await auditReasons(caller.sessionId)).toEqual(['logout']);
    });

    it('logout needs a bearer token', async () => {
      const response = await request(testApp.server).post('/oauth/logout');

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe('Bearer realm="gaming-api"');
    });

    it('logout rejects a malformed header', async () => {
      const response = await request(testApp.server)
        .post('/oauth/logout')
        .set('Authorization', 'Bearer two tokens');

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        status: 400,
        error: 'invalid_request',
        message: 'The Authorization header is malformed',
      });
      expect(response.headers['www-authenticate']).toContain('error="invalid_request"');
    });

    it('logout rejects an ended session', async () => {
      const player = await createPlayer(testApp, brand);
      const caller = await login(player);
      await request(testApp.server)
        .post('/oauth/logout')
        .auth(caller.accessToken, { type: 'bearer' });

      const response = await request(testApp.server)
        .post('/oauth/logout')
        .auth(caller.accessToken, { type: 'bearer' });

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toContain('The access token was revoked');
    });

    it('ends it on another instance', async () => {
      const second = await startSecondInstance(testApp);
      try {
        const player = await createPlayer(testApp, brand);
        const caller = await login(player);
        expect((await getMe(caller.accessToken, second.server)).status).toBe(200);

        await request(testApp.server)
          .post('/oauth/logout')
          .auth(caller.accessToken, { type: 'bearer' });

        const deadline = Date.now() + 2000;
        let status = 0;
        do {
          status = (await getMe(caller.accessToken, second.server)).status;
          if (status !== 401) {
            await sleep(20);
          }
        } while (status !== 401 && Date.now() < deadline);
        expect(status).toBe(401);
      } finally {
        await second.close();
      }
    });
  });

  describe('client tokens', () => {
    const routes: [string, string][] = [
      ['get', '/users/me/sessions'],
      ['delete', '/users/me/sessions/current'],
      ['delete', '/users/me/sessions/00000000-0000-4000-8000-000000000000'],
      ['post', '/oauth/logout'],
    ];

    it.each(routes)('%s %s rejects them', async (method, path) => {
      const backOffice = await createConfidentialClient(testApp, brand, {
        scopes: ['profile:read', 'profile:write'],
      });
      const token = await clientAccessToken(testApp, backOffice.client.clientId, backOffice.secret);

      const response = await request(testApp.server)
        [method as 'get' | 'delete' | 'post'](path)
        .auth(token, { type: 'bearer' });

      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        status: 403,
        message: "This route needs a player's access token",
      });
    });
  });

  describe('brand isolation', () => {
    it("cannot end another brand's session", async () => {
      const player = await createPlayer(testApp, brand);
      const foreignPlayer = await createPlayer(testApp, otherBrand);
      const caller = await login(foreignPlayer, 'SessionsTest/1.0', otherBrandClient);
      const target = await login(player);

      const response = await endSession(caller.accessToken, target.sessionId);

      expect(response.status).toBe(404);
      expect((await getMe(target.accessToken)).status).toBe(200);
    });

    it("lists no other brand's session", async () => {
      const email = `shared-${Date.now()}@example.test`;
      const player = await createPlayer(testApp, brand, { email });
      const twin = await createPlayer(testApp, otherBrand, { email });
      await login(player);
      const own = await login(twin, 'SessionsTest/1.0', otherBrandClient);

      const response = await listSessions(own.accessToken);

      expect(response.body.map((session: { id: string }) => session.id)).toEqual([own.sessionId]);
      expect(response.body[0].client_id).toBe(otherBrandClient.clientId);
    });
  });
});
