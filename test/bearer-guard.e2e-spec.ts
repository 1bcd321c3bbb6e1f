import { generateKeyPairSync, KeyObject, randomUUID } from 'node:crypto';

import jwt, { JwtHeader } from 'jsonwebtoken';
import request, { Response } from 'supertest';

import { SigningKeysService } from '../src/auth-server/keys/signing-keys.service';
import { AccessTokenService } from '../src/auth-server/tokens/access-token.service';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { playerAccessToken, requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const REALM_CHALLENGE = 'Bearer realm="gaming-api"';

describe('bearer guard', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClientId: string;
  let player: UserEntity;
  let accessToken: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    appClientId = (await createAppClient(testApp, brand)).clientId;
    player = await createPlayer(testApp, brand);
    accessToken = await playerAccessToken(testApp, appClientId, player.email);
  });

  afterAll(async () => {
    await testApp.close();
  });

  function getMe(authorization?: string): Promise<Response> {
    const call = request(testApp.server).get('/users/me');
    return authorization === undefined ? call : call.set('Authorization', authorization);
  }

  /** Builds the claims that the server puts in a player's access token. */
  function playerClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    const now = Math.floor(Date.now() / 1000);
    return {
      iss: testApp.config.issuer,
      aud: testApp.config.issuer,
      sub: player.id,
      client_id: appClientId,
      brand: brand.code,
      scope: 'profile:read profile:write',
      jti: randomUUID(),
      sid: randomUUID(),
      iat: now,
      exp: now + 600,
      ...overrides,
    };
  }

  function serverKey(): { kid: string; privateKey: KeyObject } {
    return testApp.app.get(SigningKeysService).current();
  }

  function signWith(
    privateKey: KeyObject,
    claims: Record<string, unknown>,
    header: Partial<JwtHeader> = {},
  ): string {
    return jwt.sign(claims, privateKey, {
      algorithm: 'ES256',
      header: { alg: 'ES256', typ: 'at+jwt', kid: serverKey().kid, ...header },
    });
  }

  function expectInvalidToken(response: Response): void {
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(
      /^Bearer realm="gaming-api", error="invalid_token", error_description="[^"]+"$/,
    );
    expect(response.body.error).toBe('invalid_token');
  }

  describe('accepted tokens', () => {
    it('accepts a token from the token endpoint', async () => {
      const response = await getMe(`Bearer ${accessToken}`);

      expect(response.status).toBe(200);
      expect(response.body.id).toBe(player.id);
    });

    it('accepts a token signed here with the server key', async () => {
      const token = signWith(serverKey().privateKey, playerClaims());

      const response = await getMe(`Bearer ${token}`);

      expect(response.status).toBe(200);
    });

    it.each(['bearer', 'BEARER', 'bEaReR'])('accepts scheme name %s', async (scheme) => {
      const response = await getMe(`${scheme} ${accessToken}`);

      expect(response.status).toBe(200);
    });
  });

  describe('missing credentials', () => {
    it('challenges without an error code', async () => {
      const response = await getMe();

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(REALM_CHALLENGE);
    });

    it('answers the API error body', async () => {
      const response = await getMe();

      expect(response.body).toEqual({
        status: 401,
        error: 'unauthorized',
        message: 'An access token is required',
        request_id: response.headers['x-request-id'],
      });
    });

    it('treats another scheme as missing', async () => {
      const response = await getMe('Basic dXNlcjpwYXNz');

      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toBe(REALM_CHALLENGE);
    });
  });

  describe('invalid tokens', () => {
    it('rejects a garbage token', async () => {
      expectInvalidToken(await getMe('Bearer not-a-jwt'));
    });

    it('rejects three garbage segments', async () => {
      expectInvalidToken(await getMe('Bearer aaa.bbb.ccc'));
    });

    it('answers the API error body', async () => {
      const response = await getMe('Bearer not-a-jwt');

      expect(response.body).toEqual({
        status: 401,
        error: 'invalid_token',
        message: 'The access token is malformed or not issued by this server',
        request_id: response.headers['x-request-id'],
      });
    });

    it('rejects another key with the same kid', async () => {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

      expectInvalidToken(await getMe(`Bearer ${signWith(privateKey, playerClaims())}`));
    });

    it('rejects an unknown kid', async () => {
      const token = signWith(serverKey().privateKey, playerClaims(), { kid: randomUUID() });

      expectInvalidToken(await getMe(`Bearer ${token}`));
    });

    it('rejects alg none', async () => {
      const encode = (part: object): string =>
        Buffer.from(JSON.stringify(part)).toString('base64url');
      const header = { alg: 'none', typ: 'at+jwt', kid: serverKey().kid };
      const token = `${encode(header)}.${encode(playerClaims())}.`;

      expectInvalidToken(await getMe(`Bearer ${token}`));
    });

    it('rejects a typ that is no string', async () => {
      const token = signWith(serverKey().privateKey, playerClaims(), {
        typ: { toString: 1 } as unknown as string,
      });

      expectInvalidToken(await getMe(`Bearer ${token}`));
    });

    it('rejects typ JWT', async () => {
      const token = signWith(serverKey().privateKey, playerClaims(), { typ: 'JWT' });

      expectInvalidToken(await getMe(`Bearer ${token}`));
    });

    it('accepts typ application/at+jwt', async () => {
      const token = signWith(serverKey().privateKey, playerClaims(), { typ: 'application/at+jwt' });

      expect((await getMe(`Bearer ${token}`)).status).toBe(200);
    });

    it('rejects a token without typ', async () => {
      const token = signWith(serverKey().privateKey, playerClaims(), { typ: undefined });

      expectInvalidToken(await getMe(`Bearer ${token}`));
    });

    it('rejects an expired token', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = playerClaims({ iat: now - 7200, exp: now - 3600 });

      const response = await getMe(`Bearer ${signWith(serverKey().privateKey, claims)}`);

      expectInvalidToken(response);
      expect(response.body.message).toBe('The access token expired');
    });

    it('rejects an expired token of the server', async () => {
      const token = testApp.app.get(AccessTokenService).sign({
        subject: player.id,
        clientId: appClientId,
        brand: brand.code,
        scope: 'profile:read',
        ttl: -3600,
        sessionId: randomUUID(),
      });

      const response = await getMe(`Bearer ${token}`);

      expectInvalidToken(response);
      expect(response.body.message).toBe('The access token expired');
    });

    it('accepts expiry within the clock leeway', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = playerClaims({ iat: now - 600, exp: now - 5 });

      const response = await getMe(`Bearer ${signWith(serverKey().privateKey, claims)}`);

      expect(response.status).toBe(200);
    });

    it('rejects another issuer', async () => {
      const claims = playerClaims({ iss: 'https://issuer.example.test' });

      expectInvalidToken(await getMe(`Bearer ${signWith(serverKey().privateKey, claims)}`));
    });

    it('rejects another audience', async () => {
      const claims = playerClaims({ aud: 'https://api.example.test' });

      expectInvalidToken(await getMe(`Bearer ${signWith(serverKey().privateKey, claims)}`));
    });

    it('rejects a token issued in the future', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = playerClaims({ iat: now + 3600, exp: now + 7200 });

      expectInvalidToken(await getMe(`Bearer ${signWith(serverKey().privateKey, claims)}`));
    });

    it('rejects a tampered payload', async () => {
      const [header, , signature] = accessToken.split('.');
      const payload = JSON.parse(
        Buffer.from(accessToken.split('.')[1], 'base64url').toString(),
      ) as Record<string, unknown>;
      payload.scope = 'profile:read profile:write users:write';
      const forged = Buffer.from(JSON.stringify(payload)).toString('base64url');

      expectInvalidToken(await getMe(`Bearer ${header}.${forged}.${signature}`));
    });
  });

  describe('revoked session', () => {
    it('rejects the access token of a revoked session', async () => {
      const login = await requestPasswordGrant(testApp, appClientId, player.email);
      const { access_token: sessionToken, refresh_token: firstRefresh } = login.body;
      const refresh = (refreshToken: string): Promise<Response> =>
        request(testApp.server).post('/oauth/token').type('form').send({
          grant_type: 'refresh_token',
          client_id: appClientId,
          refresh_token: refreshToken,
        });
      expect((await getMe(`Bearer ${sessionToken}`)).status).toBe(200);
      expect((await refresh(firstRefresh)).status).toBe(200);

      const reuse = await refresh(firstRefresh);
      const response = await getMe(`Bearer ${sessionToken}`);

      expect(reuse.body.error).toBe('invalid_grant');
      expectInvalidToken(response);
      expect(response.body.message).toBe('The access token was revoked');
    });
  });

  describe('insufficient scope', () => {
    let readOnlyToken: string;

    beforeAll(async () => {
      const readOnlyApp = await createAppClient(testApp, brand, {
        scopes: ['profile:read'],
        default_scopes: ['profile:read'],
      });
      readOnlyToken = await playerAccessToken(testApp, readOnlyApp.clientId, player.email);
    });

    it('answers 403 with the needed scope', async () => {
      const response = await request(testApp.server)
        .patch('/users/me')
        .set('Authorization', `Bearer ${readOnlyToken}`)
        .send({ city: 'Valletta' });

      expect(response.status).toBe(403);
      expect(response.headers['www-authenticate']).toBe(
        'Bearer realm="gaming-api", error="insufficient_scope", ' +
          'error_description="The access token lacks the required scope: profile:write", ' +
          'scope="profile:write"',
      );
    });

    it('answers the API error body', async () => {
      const response = await request(testApp.server)
        .patch('/users/me')
        .set('Authorization', `Bearer ${readOnlyToken}`)
        .send({ city: 'Valletta' });

      expect(response.body).toEqual({
        status: 403,
        error: 'insufficient_scope',
        message: 'The access token lacks the required scope: profile:write',
        request_id: response.headers['x-request-id'],
      });
    });

    it('leaves the profile unchanged', async () => {
      await request(testApp.server)
        .patch('/users/me')
        .set('Authorization', `Bearer ${readOnlyToken}`)
        .send({ city: 'Mdina' });

      const me = await getMe(`Bearer ${accessToken}`);

      expect(me.body.city).not.toBe('Mdina');
    });
  });

  describe('token placement', () => {
    it('rejects a token in the query string', async () => {
      const response = await request(testApp.server).get(
        `/users/me?access_token=${encodeURIComponent(accessToken)}`,
      );

      expect(response.status).toBe(400);
      expect(response.headers['www-authenticate']).toMatch(
        /^Bearer realm="gaming-api", error="invalid_request", error_description="[^"]+"$/,
      );
      expect(response.body.error).toBe('invalid_request');
    });

    it('rejects a query token beside a header', async () => {
      const response = await request(testApp.server)
        .get(`/users/me?access_token=${encodeURIComponent(accessToken)}`)
        .set('Authorization', `Bearer ${accessToken}`);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_request');
    });

    it('rejects a token in a JSON body', async () => {
      const response = await request(testApp.server)
        .patch('/users/me')
        .send({ access_token: accessToken, city: 'Valletta' });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_request');
    });

    it('rejects a token in a form body', async () => {
      const response = await request(testApp.server)
        .patch('/users/me')
        .type('form')
        .send({ access_token: accessToken, city: 'Valletta' });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_request');
    });

    it('answers the API error body', async () => {
      const response = await request(testApp.server).get('/users/me?access_token=abc');

      expect(response.body).toEqual({
        status: 400,
        error: 'invalid_request',
        message:
          'Send the access token in the Authorization header, not in the query string or body',
        request_id: response.headers['x-request-id'],
      });
    });

    it('accepts several spaces after the scheme', async () => {
      const response = await getMe(`Bearer   ${accessToken}`);

      expect(response.status).toBe(200);
    });

    it('rejects a header with extra parts', async () => {
      const response = await getMe(`Bearer ${accessToken} extra`);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_request');
    });
  });
});
