import { setTimeout as sleep } from 'node:timers/promises';

import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { LISTENER_APPLICATION_NAME } from '../src/auth-server/tokens/notification-listener';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { clientAccessToken, requestPasswordGrant } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
} from './helpers/factories';
import { expectOAuthError } from './helpers/oauth-responses';
import { startSecondInstance, startTestApp, TestApp } from './helpers/test-app';

interface PlayerTokens {
  accessToken: string;
  refreshToken: string;
}

/** Checks the empty 200 that RFC 7009 §2.2 gives every handled revocation request. */
function expectRevocationAccepted(response: Response): void {
  expect(response.status).toBe(200);
  expect(response.text).toBe('');
  expect(response.headers['cache-control']).toBe('no-store');
}

describe('POST /oauth/revoke', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;
  let otherApp: ClientEntity;
  let backOffice: { client: ClientEntity; secret: string };
  let player: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
    otherApp = await createAppClient(testApp, brand);
    backOffice = await createConfidentialClient(testApp, brand);
    player = await createPlayer(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function login(instance: TestApp = testApp): Promise<PlayerTokens> {
    const response = await requestPasswordGrant(instance, appClient.clientId, player.email);
    expect(response.status).toBe(200);
    return { accessToken: response.body.access_token, refreshToken: response.body.refresh_token };
  }

  function revoke(params: Record<string, string>, instance: TestApp = testApp): Promise<Response> {
    return request(instance.server).post('/oauth/revoke').type('form').send(params);
  }

  function profileStatus(accessToken: string, instance: TestApp = testApp): Promise<Response> {
    return request(instance.server).get('/users/me').auth(accessToken, { type: 'bearer' });
  }

  function refresh(refreshToken: string): Promise<Response> {
    return request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      client_id: appClient.clientId,
      refresh_token: refreshToken,
    });
  }

  describe('request errors', () => {
    it('missing token is invalid_request', async () => {
      const response = await revoke({ client_id: appClient.clientId });

      expectOAuthError(response, 400, 'invalid_request');
      expect(response.body.error_description).toBe('token is required');
    });

    it('empty token is invalid_request', async () => {
      const response = await revoke({ client_id: appClient.clientId, token: '' });

      expectOAuthError(response, 400, 'invalid_request');
      expect(response.body.error_description).toBe('token is required');
    });

    it('malformed JSON is invalid_request', async () => {
      const response = await request(testApp.server)
        .post('/oauth/revoke')
        .set('Content-Type', 'application/json')
        .send(`{"client_id": "${appClient.clientId}", "token":`);

      expectOAuthError(response, 400, 'invalid_request');
    });

    it('text/plain body is invalid_request', async () => {
      const response = await request(testApp.server)
        .post('/oauth/revoke')
        .set('Content-Type', 'text/plain')
        .send(`client_id=${appClient.clientId}&token=abc`);

      expectOAuthError(response, 400, 'invalid_request');
    });

    it('missing body is invalid_request', async () => {
      const response = await request(testApp.server).post('/oauth/revoke');

      expectOAuthError(response, 400, 'invalid_request');
    });

    it('wrong Basic secret is 401', async () => {
      const response = await request(testApp.server)
        .post('/oauth/revoke')
        .auth(backOffice.client.clientId, 'wrong-secret')
        .type('form')
        .send({ token: 'anything' });

      expectOAuthError(response, 401, 'invalid_client');
    });

    it('wrong body secret is 400', async () => {
      const response = await revoke({
        client_id: backOffice.client.clientId,
        client_secret: 'wrong-secret',
        token: 'anything',
      });

      expectOAuthError(response, 400, 'invalid_client');
    });

    it('confidential client without secret is invalid_client', async () => {
      const response = await revoke({ client_id: backOffice.client.clientId, token: 'anything' });

      expectOAuthError(response, 400, 'invalid_client');
    });

    it('unknown client is invalid_client', async () => {
      const response = await revoke({ client_id: 'no-such-client', token: 'anything' });

      expectOAuthError(response, 400, 'invalid_client');
    });

    it('missing client authentication is invalid_client', async () => {
      const response = await revoke({ token: 'anything' });

      expectOAuthError(response, 400, 'invalid_client');
    });

    it('bad credentials win over missing token', async () => {
      const response = await revoke({
        client_id: backOffice.client.clientId,
        client_secret: 'wrong-secret',
      });

      expectOAuthError(response, 400, 'invalid_client');
    });
  });

  describe('tokens that change nothing', () => {
    it('unknown token is accepted', async () => {
      const response = await revoke({ client_id: appClient.clientId, token: 'no-such-token' });

      expectRevocationAccepted(response);
    });

    it('malformed JWT is accepted', async () => {
      const response = await revoke({ client_id: appClient.clientId, token: 'a.b.c' });

      expectRevocationAccepted(response);
    });

    it('another client keeps its access token', async () => {
      const { accessToken } = await login();

      const response = await revoke({ client_id: otherApp.clientId, token: accessToken });

      expectRevocationAccepted(response);
      expect((await profileStatus(accessToken)).status).toBe(200);
    });

    it('another client keeps its refresh token', async () => {
      const { accessToken, refreshToken } = await login();

      const response = await revoke({ client_id: otherApp.clientId, token: refreshToken });

      expectRevocationAccepted(response);
      expect((await profileStatus(accessToken)).status).toBe(200);
      expect((await refresh(refreshToken)).status).toBe(200);
    });

    it('second revocation is accepted', async () => {
      const { accessToken } = await login();
      await revoke({ client_id: appClient.clientId, token: accessToken });

      const response = await revoke({ client_id: appClient.clientId, token: accessToken });

      expectRevocationAccepted(response);
    });
  });

  describe('access tokens', () => {
    it('revoked access token is rejected', async () => {
      const { accessToken } = await login();

      const response = await revoke({ client_id: appClient.clientId, token: accessToken });
      const profile = await profileStatus(accessToken);

      expectRevocationAccepted(response);
      expect(profile.status).toBe(401);
      expect(profile.body.error).toBe('invalid_token');
      expect(profile.headers['www-authenticate']).toContain('error="invalid_token"');
    });

    it('session outlives its revoked access token', async () => {
      const { accessToken, refreshToken } = await login();

      await revoke({ client_id: appClient.clientId, token: accessToken });
      const refreshed = await refresh(refreshToken);

      expect(refreshed.status).toBe(200);
      expect((await profileStatus(refreshed.body.access_token)).status).toBe(200);
    });

    it('refresh_token hint still finds it', async () => {
      const { accessToken } = await login();

      await revoke({
        client_id: appClient.clientId,
        token: accessToken,
        token_type_hint: 'refresh_token',
      });

      expect((await profileStatus(accessToken)).status).toBe(401);
    });

    it('unknown hint is ignored', async () => {
      const { accessToken } = await login();

      const response = await revoke({
        client_id: appClient.clientId,
        token: accessToken,
        token_type_hint: 'id_token',
      });

      expectRevocationAccepted(response);
      expect((await profileStatus(accessToken)).status).toBe(401);
    });

    it('JSON body is accepted', async () => {
      const { accessToken } = await login();

      const response = await request(testApp.server)
        .post('/oauth/revoke')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ client_id: appClient.clientId, token: accessToken }));

      expectRevocationAccepted(response);
      expect((await profileStatus(accessToken)).status).toBe(401);
    });

    it('confidential client revokes with Basic', async () => {
      const { client, secret } = backOffice;
      const accessToken = await clientAccessToken(testApp, client.clientId, secret);

      const response = await request(testApp.server)
        .post('/oauth/revoke')
        .auth(client.clientId, secret)
        .type('form')
        .send({ token: accessToken, token_type_hint: 'access_token' });
      const clients = await request(testApp.server)
        .get('/clients')
        .auth(accessToken, { type: 'bearer' });

      expectRevocationAccepted(response);
      expect(clients.status).toBe(401);
    });

    it('records token_revoked', async () => {
      const { accessToken } = await login();
      const jti = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).jti;

      await revoke({ client_id: appClient.clientId, token: accessToken });
      await testApp.app.get(AuditService).flush();
      const rows: { client_id: string; user_id: string; details: Record<string, string> }[] =
        await testApp.dataSource.query(
          `SELECT client_id, user_id, details FROM audit_events
           WHERE type = 'token_revoked' AND details->>'jti' = $1`,
          [jti],
        );

      expect(rows).toHaveLength(1);
      expect(rows[0].client_id).toBe(appClient.clientId);
      expect(rows[0].user_id).toBe(player.id);
      expect(rows[0].details.token_type).toBe('access_token');
    });
  });

  describe('refresh tokens', () => {
    it('public client ends its session', async () => {
      const { accessToken, refreshToken } = await login();

      const response = await revoke({ client_id: appClient.clientId, token: refreshToken });
      const refreshed = await refresh(refreshToken);
      const profile = await profileStatus(accessToken);

      expectRevocationAccepted(response);
      expectOAuthError(refreshed, 400, 'invalid_grant');
      expect(profile.status).toBe(401);
      expect(profile.body.error).toBe('invalid_token');
    });

    it('session ends for every access token', async () => {
      const first = await login();
      const rotated = await refresh(first.refreshToken);
      expect(rotated.status).toBe(200);

      await revoke({ client_id: appClient.clientId, token: rotated.body.refresh_token });

      expect((await profileStatus(first.accessToken)).status).toBe(401);
      expect((await profileStatus(rotated.body.access_token)).status).toBe(401);
    });

    it('access_token hint still finds it', async () => {
      const { refreshToken } = await login();

      const response = await revoke({
        client_id: appClient.clientId,
        token: refreshToken,
        token_type_hint: 'access_token',
      });

      expectRevocationAccepted(response);
      expectOAuthError(await refresh(refreshToken), 400, 'invalid_grant');
    });

    it('records the session revocation', async () => {
      const { refreshToken } = await login();

      await revoke({ client_id: appClient.clientId, token: refreshToken });
      await testApp.app.get(AuditService).flush();
      const rows: { type: string; details: Record<string, string> }[] =
        await testApp.dataSource.query(
          `SELECT e.type, e.details FROM audit_events e
           JOIN refresh_tokens t ON t.session_id = e.session_id
           WHERE t.token_hash = sha256($1::bytea)
             AND e.type IN ('session_revoked', 'token_revoked')
           ORDER BY e.type`,
          [Buffer.from(refreshToken, 'utf8')],
        );

      expect(rows.map((row) => row.type)).toEqual(['session_revoked', 'token_revoked']);
      expect(rows[0].details.reason).toBe('token_revocation');
      expect(rows[1].details.token_type).toBe('refresh_token');
    });
  });

  describe('across instances', () => {
    let second: TestApp;

    beforeAll(async () => {
      second = await startSecondInstance(testApp);
    });

    afterAll(async () => {
      await second.close();
    });

    /** Polls the profile on `instance` until it returns 401, for at most `timeoutMs`. */
    async function statusOnceRejected(
      instance: TestApp,
      accessToken: string,
      timeoutMs = 1000,
    ): Promise<number> {
      const deadline = Date.now() + timeoutMs;
      let status = 0;
      do {
        status = (await profileStatus(accessToken, instance)).status;
        if (status === 401) {
          return status;
        }
        await sleep(20);
      } while (Date.now() < deadline);
      return status;
    }

    it('other instance rejects a revoked access token', async () => {
      const { accessToken } = await login();
      expect((await profileStatus(accessToken, second)).status).toBe(200);

      await revoke({ client_id: appClient.clientId, token: accessToken });

      expect(await statusOnceRejected(second, accessToken)).toBe(401);
    });

    it('revocation on the second reaches the first', async () => {
      const { accessToken } = await login();

      await revoke({ client_id: appClient.clientId, token: accessToken }, second);

      expect(await statusOnceRejected(testApp, accessToken)).toBe(401);
    });

    it('reloads revocations after a lost listener', async () => {
      const { accessToken } = await login();
      const terminated: unknown[] = await testApp.dataSource.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = $1`,
        [LISTENER_APPLICATION_NAME],
      );
      expect(terminated).toHaveLength(2);

      // Each instance waits a second before it reconnects, so this NOTIFY reaches no one and
      // the second instance must find the revocation when it reloads.
      await revoke({ client_id: appClient.clientId, token: accessToken });

      expect(await statusOnceRejected(second, accessToken, 5000)).toBe(401);
    });

    it('new instance loads earlier revocations', async () => {
      const { accessToken } = await login();
      await revoke({ client_id: appClient.clientId, token: accessToken });

      const third = await startSecondInstance(testApp);
      const profile = await profileStatus(accessToken, third);
      await third.close();

      expect(profile.status).toBe(401);
      expect(profile.headers['www-authenticate']).toContain('The access token was revoked');
    });
  });
});
