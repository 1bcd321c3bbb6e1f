import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { AccessTokenService } from '../src/auth-server/tokens/access-token.service';
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
import { startTestApp, TestApp } from './helpers/test-app';

interface PlayerTokens {
  accessToken: string;
  refreshToken: string;
}

const INTROSPECTION_SCOPES = ['tokens:introspect'];

function expectInactive(response: Response): void {
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ active: false });
  expect(response.headers['cache-control']).toBe('no-store');
}

describe('POST /oauth/introspect', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let otherBrand: BrandEntity;
  let appClient: ClientEntity;
  let otherBrandApp: ClientEntity;
  let introspector: { client: ClientEntity; secret: string };
  let backOffice: { client: ClientEntity; secret: string };
  let player: UserEntity;
  let otherBrandPlayer: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    otherBrand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
    otherBrandApp = await createAppClient(testApp, otherBrand);
    introspector = await createConfidentialClient(testApp, brand, {
      scopes: INTROSPECTION_SCOPES,
    });
    backOffice = await createConfidentialClient(testApp, brand);
    player = await createPlayer(testApp, brand);
    otherBrandPlayer = await createPlayer(testApp, otherBrand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function login(
    client: ClientEntity = appClient,
    username: string = player.email,
  ): Promise<PlayerTokens> {
    const response = await requestPasswordGrant(testApp, client.clientId, username);
    expect(response.status).toBe(200);
    return { accessToken: response.body.access_token, refreshToken: response.body.refresh_token };
  }

  function introspect(params: Record<string, string>): Promise<Response> {
    return request(testApp.server)
      .post('/oauth/introspect')
      .auth(introspector.client.clientId, introspector.secret)
      .type('form')
      .send(params);
  }

  function refresh(refreshToken: string): Promise<Response> {
    return request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      client_id: appClient.clientId,
      refresh_token: refreshToken,
    });
  }

  function revoke(token: string): Promise<Response> {
    return request(testApp.server)
      .post('/oauth/revoke')
      .type('form')
      .send({ client_id: appClient.clientId, token });
  }

  describe('client errors', () => {
    it('public client is 401', async () => {
      const { accessToken } = await login();

      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .type('form')
        .send({ client_id: appClient.clientId, token: accessToken });

      expectOAuthError(response, 401, 'invalid_client');
    });

    it('wrong Basic secret is 401', async () => {
      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .auth(introspector.client.clientId, 'wrong-secret')
        .type('form')
        .send({ token: 'anything' });

      expectOAuthError(response, 401, 'invalid_client');
    });

    it('wrong body secret is 401', async () => {
      const response = await request(testApp.server).post('/oauth/introspect').type('form').send({
        client_id: introspector.client.clientId,
        client_secret: 'wrong-secret',
        token: 'anything',
      });

      expectOAuthError(response, 401, 'invalid_client');
    });

    it('missing client authentication is 401', async () => {
      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .type('form')
        .send({ token: 'anything' });

      expectOAuthError(response, 401, 'invalid_client');
    });

    it('client without tokens:introspect is 403', async () => {
      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .auth(backOffice.client.clientId, backOffice.secret)
        .type('form')
        .send({ token: 'anything' });

      expectOAuthError(response, 403, 'unauthorized_client');
      expect(response.body.error_description).toContain('tokens:introspect');
    });
  });

  describe('request errors', () => {
    it('missing token is invalid_request', async () => {
      const response = await introspect({});

      expectOAuthError(response, 400, 'invalid_request');
      expect(response.body.error_description).toBe('token is required');
    });

    it('empty token is invalid_request', async () => {
      const response = await introspect({ token: '' });

      expectOAuthError(response, 400, 'invalid_request');
    });

    it('malformed JSON is invalid_request', async () => {
      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .auth(introspector.client.clientId, introspector.secret)
        .set('Content-Type', 'application/json')
        .send('{"token":');

      expectOAuthError(response, 400, 'invalid_request');
    });

    it('text/plain body is invalid_request', async () => {
      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .auth(introspector.client.clientId, introspector.secret)
        .set('Content-Type', 'text/plain')
        .send('token=abc');

      expectOAuthError(response, 400, 'invalid_request');
    });
  });

  describe('access tokens', () => {
    it('active player token has its claims', async () => {
      const { accessToken } = await login();

      const response = await introspect({ token: accessToken });
      const body = response.body as Record<string, unknown>;

      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(body.active).toBe(true);
      expect(body.scope).toBe('profile:read profile:write');
      expect(body.client_id).toBe(appClient.clientId);
      expect(body.sub).toBe(player.id);
      expect(body.username).toBe(player.nickname);
      expect(body.token_type).toBe('Bearer');
      expect(body.iss).toBe(testApp.config.issuer);
      expect(body.brand).toBe(brand.code);
      expect(typeof body.jti).toBe('string');
      expect(typeof body.sid).toBe('string');
      expect(body.exp).toBe((body.iat as number) + appClient.accessTokenTtl);
    });

    it('holds no contact data', async () => {
      const { accessToken } = await login();

      const response = await introspect({ token: accessToken });

      expect(response.text).not.toContain(player.email);
      expect(response.text).not.toContain(player.mobileNumber as string);
    });

    it('player without nickname has no username', async () => {
      const unnamed = await createPlayer(testApp, brand, { nickname: undefined });
      const { accessToken } = await login(appClient, unnamed.email);

      const response = await introspect({ token: accessToken });

      expect(response.body.active).toBe(true);
      expect(response.body).not.toHaveProperty('username');
    });

    it('client_credentials token has no session', async () => {
      const { client, secret } = backOffice;
      const accessToken = await clientAccessToken(testApp, client.clientId, secret);

      const response = await introspect({ token: accessToken });

      expect(response.body.active).toBe(true);
      expect(response.body.sub).toBe(client.clientId);
      expect(response.body.client_id).toBe(client.clientId);
      expect(response.body).not.toHaveProperty('sid');
      expect(response.body).not.toHaveProperty('username');
    });

    it('JSON body and client_secret work', async () => {
      const { accessToken } = await login();

      const response = await request(testApp.server)
        .post('/oauth/introspect')
        .set('Content-Type', 'application/json')
        .send(
          JSON.stringify({
            client_id: introspector.client.clientId,
            client_secret: introspector.secret,
            token: accessToken,
          }),
        );

      expect(response.status).toBe(200);
      expect(response.body.active).toBe(true);
    });

    it('expired token is inactive', async () => {
      const accessToken = testApp.app.get(AccessTokenService).sign({
        subject: player.id,
        clientId: appClient.clientId,
        brand: brand.code,
        scope: 'profile:read',
        ttl: -120,
      });

      expectInactive(await introspect({ token: accessToken }));
    });

    it('token within clock leeway is inactive', async () => {
      const accessToken = testApp.app.get(AccessTokenService).sign({
        subject: player.id,
        clientId: appClient.clientId,
        brand: brand.code,
        scope: 'profile:read',
        ttl: -5,
      });

      expectInactive(await introspect({ token: accessToken }));
    });

    it('revoked token is inactive', async () => {
      const { accessToken } = await login();
      await revoke(accessToken);

      expectInactive(await introspect({ token: accessToken }));
    });

    it('token of revoked session is inactive', async () => {
      const { accessToken, refreshToken } = await login();
      await revoke(refreshToken);

      expectInactive(await introspect({ token: accessToken }));
    });

    it('foreign-brand token is inactive', async () => {
      const { accessToken } = await login(otherBrandApp, otherBrandPlayer.email);

      expectInactive(await introspect({ token: accessToken }));
    });

    it('malformed token is inactive', async () => {
      expectInactive(await introspect({ token: 'a.b.c' }));
    });

    it('unknown token is inactive', async () => {
      expectInactive(await introspect({ token: 'no-such-token' }));
    });

    it('refresh_token hint still finds it', async () => {
      const { accessToken } = await login();

      const response = await introspect({ token: accessToken, token_type_hint: 'refresh_token' });

      expect(response.body.active).toBe(true);
      expect(response.body.token_type).toBe('Bearer');
    });
  });

  describe('refresh tokens', () => {
    it('active refresh token has its claims', async () => {
      const { refreshToken } = await login();

      const response = await introspect({ token: refreshToken });
      const body = response.body as Record<string, unknown>;

      expect(response.status).toBe(200);
      expect(body.active).toBe(true);
      expect(body.token_type).toBe('refresh_token');
      expect(body.scope).toBe('profile:read profile:write');
      expect(body.client_id).toBe(appClient.clientId);
      expect(body.sub).toBe(player.id);
      expect(body.username).toBe(player.nickname);
      expect(body.iss).toBe(testApp.config.issuer);
      expect(body.brand).toBe(brand.code);
      expect(typeof body.jti).toBe('string');
      expect(typeof body.sid).toBe('string');
      // exp comes from the application clock and iat from PostgreSQL's, so they may straddle a second.
      expect(
        Math.abs((body.exp as number) - (body.iat as number) - appClient.refreshTokenTtl),
      ).toBeLessThanOrEqual(1);
    });

    it('access_token hint still finds it', async () => {
      const { refreshToken } = await login();

      const response = await introspect({ token: refreshToken, token_type_hint: 'access_token' });

      expect(response.body.active).toBe(true);
      expect(response.body.token_type).toBe('refresh_token');
    });

    it('used refresh token is inactive', async () => {
      const { refreshToken } = await login();
      expect((await refresh(refreshToken)).status).toBe(200);

      expectInactive(await introspect({ token: refreshToken }));
    });

    it('expired refresh token is inactive', async () => {
      const { refreshToken } = await login();
      await testApp.dataSource.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 second'
         WHERE token_hash = sha256($1::bytea)`,
        [Buffer.from(refreshToken, 'utf8')],
      );

      expectInactive(await introspect({ token: refreshToken }));
    });

    it('revoked refresh token is inactive', async () => {
      const { refreshToken } = await login();
      await revoke(refreshToken);

      expectInactive(await introspect({ token: refreshToken }));
    });

    it('foreign-brand refresh token is inactive', async () => {
      const { refreshToken } = await login(otherBrandApp, otherBrandPlayer.email);

      expectInactive(await introspect({ token: refreshToken }));
    });
  });

  describe('metadata', () => {
    it('lists both endpoints', async () => {
      const response = await request(testApp.server).get('/.well-known/oauth-authorization-server');
      const issuer = testApp.config.issuer;

      expect(response.body.revocation_endpoint).toBe(`${issuer}/oauth/revoke`);
      expect(response.body.revocation_endpoint_auth_methods_supported).toEqual([
        'client_secret_basic',
        'client_secret_post',
        'none',
      ]);
      expect(response.body.introspection_endpoint).toBe(`${issuer}/oauth/introspect`);
      expect(response.body.introspection_endpoint_auth_methods_supported).toEqual([
        'client_secret_basic',
        'client_secret_post',
      ]);
      expect(response.body.scopes_supported).toContain('tokens:introspect');
    });
  });
});
