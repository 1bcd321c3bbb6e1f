import { createPublicKey, JsonWebKey, verify } from 'node:crypto';
import { AddressInfo } from 'node:net';

import request, { Response } from 'supertest';

import { ClientEntity, UsernameType } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { sha256 } from '../src/common/crypto';
import { UserEntity, UserStatus } from '../src/users/user.entity';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  PLAYER_PASSWORD,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** The profile fields of the public XCaliber API that `identity` must carry. */
const IDENTITY_FIELDS = [
  'id',
  'email',
  'nickname',
  'first_name',
  'last_name',
  'birthday',
  'gender',
  'currency',
  'country',
  'language',
  'jurisdiction',
  'mobile_code',
  'mobile_number',
  'accepted_terms',
  'receive_news',
  'receive_sms',
  'receive_snail',
  'receive_phone',
  'deposited',
  'last_login',
  'reality_check',
  'address',
  'city',
  'postcode',
];

const CONCURRENT_REFRESHES = 100;

function decodeSegment(segment: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;
}

function basic(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}

describe('token grants', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let brand: BrandEntity;
  let appClient: ClientEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = testApp.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;

    brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  function postToken(params: Record<string, string>, authorization?: string): Promise<Response> {
    const test = request(baseUrl).post('/oauth/token').type('form');
    if (authorization) {
      void test.set('Authorization', authorization);
    }
    return test.send(new URLSearchParams(params).toString());
  }

  function login(
    username: string,
    client: ClientEntity = appClient,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    return postToken({
      grant_type: 'password',
      client_id: client.clientId,
      username,
      password: PLAYER_PASSWORD,
      ...extra,
    });
  }

  function refresh(
    refreshToken: string,
    client: ClientEntity = appClient,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    return postToken({
      grant_type: 'refresh_token',
      client_id: client.clientId,
      refresh_token: refreshToken,
      ...extra,
    });
  }

  function readProfile(accessToken: string): Promise<Response> {
    return request(baseUrl).get('/users/me').set('Authorization', `Bearer ${accessToken}`);
  }

  /** Logs a new player in through the app client and returns the token response body. */
  async function newSession(): Promise<{ access_token: string; refresh_token: string }> {
    const player = await createPlayer(testApp, brand);
    const response = await login(player.email);
    expect(response.status).toBe(200);
    return response.body;
  }

  function expectInvalidGrant(response: Response): void {
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
  }

  function expectInvalidToken(response: Response): void {
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_token');
    expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
  }

  describe('password grant', () => {
    let player: UserEntity;
    let response: Response;

    beforeAll(async () => {
      player = await createPlayer(testApp, brand);
      response = await login(player.email);
    });

    it('returns 200', () => {
      expect(response.status).toBe(200);
    });

    it('returns bearer token fields', () => {
      expect(typeof response.body.access_token).toBe('string');
      expect(response.body.token_type).toBe('Bearer');
      expect(response.body.expires_in).toBe(1800);
      expect(response.body.scope).toBe('profile:read profile:write');
      expect(typeof response.body.refresh_token).toBe('string');
    });

    it.each(IDENTITY_FIELDS)('identity has %s', (field) => {
      expect(response.body.identity).toHaveProperty(field);
    });

    it('identity describes the player', () => {
      const identity = response.body.identity;

      expect(identity.id).toBe(player.id);
      expect(identity.email).toBe(player.email);
      expect(identity.nickname).toBe(player.nickname);
      expect(identity.first_name).toBe('Ada');
      expect(identity.birthday).toBe('1990-05-17');
      expect(identity.mobile_code).toBe('+356');
    });

    it('identity has no password hash', () => {
      const keys = Object.keys(response.body.identity as object);
      const values = Object.values(response.body.identity as object).map(String);

      expect(keys.filter((key) => /password|hash/i.test(key))).toEqual([]);
      expect(values.filter((value) => value.startsWith('$argon2'))).toEqual([]);
    });

    it('last_login is updated', async () => {
      const rows: { last_login: Date | null }[] = await testApp.dataSource.query(
        'SELECT last_login FROM users WHERE id = $1',
        [player.id],
      );

      expect(player.lastLogin).toBeNull();
      expect(rows[0].last_login).toBeInstanceOf(Date);
      expect(response.body.identity.last_login).toBe(rows[0].last_login?.toISOString());
    });

    it('default scopes when none requested', async () => {
      const client = await createAppClient(testApp, brand, { default_scopes: ['profile:read'] });

      const narrow = await login(player.email, client);

      expect(narrow.status).toBe(200);
      expect(narrow.body.scope).toBe('profile:read');
    });

    it('requested scope is granted', async () => {
      const narrow = await login(player.email, appClient, { scope: 'profile:write' });

      expect(narrow.status).toBe(200);
      expect(narrow.body.scope).toBe('profile:write');
    });

    it('access token reads /users/me', async () => {
      const profile = await readProfile(response.body.access_token);

      expect(profile.status).toBe(200);
      expect(profile.body.id).toBe(player.id);
    });
  });

  describe('access token JWT', () => {
    let player: UserEntity;
    let token: string;
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;

    beforeAll(async () => {
      player = await createPlayer(testApp, brand);
      const response = await login(player.email);
      token = response.body.access_token;
      const [headerSegment, payloadSegment] = token.split('.');
      header = decodeSegment(headerSegment);
      claims = decodeSegment(payloadSegment);
    });

    it('header has typ at+jwt', () => {
      expect(header.typ).toBe('at+jwt');
    });

    it('header has alg ES256', () => {
      expect(header.alg).toBe('ES256');
    });

    it('signature verifies with JWKS key', async () => {
      const jwks = await request(baseUrl).get('/.well-known/jwks.json');
      const jwk = (jwks.body.keys as JsonWebKey[]).find((key) => key.kid === header.kid);
      const [headerSegment, payloadSegment, signature] = token.split('.');

      expect(jwks.status).toBe(200);
      expect(typeof header.kid).toBe('string');
      expect(jwk).toBeDefined();
      const valid = verify(
        'sha256',
        Buffer.from(`${headerSegment}.${payloadSegment}`),
        {
          key: createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }),
          dsaEncoding: 'ieee-p1363',
        },
        Buffer.from(signature, 'base64url'),
      );
      expect(valid).toBe(true);
    });

    it('claims name issuer and player', () => {
      expect(claims.iss).toBe(testApp.config.issuer);
      expect(claims.sub).toBe(player.id);
      expect(claims.client_id).toBe(appClient.clientId);
      expect(claims.brand).toBe(brand.code);
      expect(claims.scope).toBe('profile:read profile:write');
    });

    it('claims have jti, iat, exp, sid', () => {
      expect(typeof claims.jti).toBe('string');
      expect(typeof claims.iat).toBe('number');
      expect(claims.exp).toBe((claims.iat as number) + 1800);
      expect(claims.sid).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('jti differs between tokens', async () => {
      const second = await login(player.email);
      const secondClaims = decodeSegment((second.body.access_token as string).split('.')[1]);

      expect(secondClaims.jti).not.toBe(claims.jti);
    });
  });

  describe('password grant usernames', () => {
    let player: UserEntity;

    beforeAll(async () => {
      player = await createPlayer(testApp, brand);
    });

    const usernames: [string, UsernameType, (player: UserEntity) => string][] = [
      ['email', 'email', (user) => user.email],
      ['email in upper case', 'email', (user) => user.email.toUpperCase()],
      ['nickname', 'nickname', (user) => user.nickname as string],
      ['nickname in upper case', 'nickname', (user) => (user.nickname as string).toUpperCase()],
      ['full mobile number', 'mobile_number', (user) => `${user.mobileCode}${user.mobileNumber}`],
      ['bare mobile number', 'mobile_number', (user) => user.mobileNumber as string],
    ];

    it.each(usernames)('login by %s when allowed', async (_case, type, usernameOf) => {
      const client = await createAppClient(testApp, brand, { username_types: [type] });

      const response = await login(usernameOf(player), client);

      expect(response.status).toBe(200);
      expect(response.body.identity.id).toBe(player.id);
    });

    it.each(usernames)('login by %s when not allowed', async (_case, type, usernameOf) => {
      const others = (['email', 'nickname', 'mobile_number'] as UsernameType[]).filter(
        (other) => other !== type,
      );
      const client = await createAppClient(testApp, brand, { username_types: others });

      const response = await login(usernameOf(player), client);

      expectInvalidGrant(response);
    });
  });

  describe('password grant inactive players', () => {
    const statuses: [UserStatus, RegExp][] = [
      ['pending', /not activated/],
      ['locked', /locked/],
      ['self_excluded', /self-excluded/],
      ['closed', /closed/],
    ];

    it.each(statuses)('%s player gets the reason', async (status, reason) => {
      const player = await createPlayer(testApp, brand, {}, status);

      const response = await login(player.email);

      expectInvalidGrant(response);
      expect(response.body.error_description).toMatch(reason);
    });

    it.each(statuses)('%s player with bad password', async (status, reason) => {
      const player = await createPlayer(testApp, brand, {}, status);

      const response = await login(player.email, appClient, { password: 'wrong-password' });

      expectInvalidGrant(response);
      expect(response.body.error_description).not.toMatch(reason);
    });
  });

  describe('refresh_token grant', () => {
    it('rotates the refresh token', async () => {
      const session = await newSession();

      const response = await refresh(session.refresh_token);

      expect(response.status).toBe(200);
      expect(typeof response.body.refresh_token).toBe('string');
      expect(response.body.refresh_token).not.toBe(session.refresh_token);
      expect(response.body.access_token).not.toBe(session.access_token);
    });

    it('returns identity and scope', async () => {
      const session = await newSession();

      const response = await refresh(session.refresh_token);

      expect(response.body.token_type).toBe('Bearer');
      expect(response.body.scope).toBe('profile:read profile:write');
      expect(typeof response.body.identity.id).toBe('string');
    });

    it('keeps the session id', async () => {
      const session = await newSession();

      const response = await refresh(session.refresh_token);
      const before = decodeSegment(session.access_token.split('.')[1]);
      const after = decodeSegment((response.body.access_token as string).split('.')[1]);

      expect(after.sid).toBe(before.sid);
    });

    it('rotated token works again', async () => {
      const session = await newSession();
      const first = await refresh(session.refresh_token);

      const second = await refresh(first.body.refresh_token as string);

      expect(second.status).toBe(200);
    });

    it('used token is rejected', async () => {
      const session = await newSession();
      await refresh(session.refresh_token);

      const response = await refresh(session.refresh_token);

      expectInvalidGrant(response);
    });

    describe('reuse of a used token', () => {
      let session: { access_token: string; refresh_token: string };
      let rotated: Response;
      let reuse: Response;

      beforeAll(async () => {
        session = await newSession();
        rotated = await refresh(session.refresh_token);
        reuse = await refresh(session.refresh_token);
      });

      it('reuse is invalid_grant', () => {
        expectInvalidGrant(reuse);
        expect(reuse.body.error_description).toMatch(/already used/);
      });

      it('newest refresh token stops working', async () => {
        const response = await refresh(rotated.body.refresh_token as string);

        expectInvalidGrant(response);
      });

      it('newest access token stops working', async () => {
        const response = await readProfile(rotated.body.access_token as string);

        expectInvalidToken(response);
      });

      it('first access token stops working', async () => {
        const response = await readProfile(session.access_token);

        expectInvalidToken(response);
      });

      it('session row is revoked', async () => {
        const sid = decodeSegment(session.access_token.split('.')[1]).sid;
        const rows: { revoked_at: Date | null; revoked_reason: string | null }[] =
          await testApp.dataSource.query(
            'SELECT revoked_at, revoked_reason FROM sessions WHERE id = $1',
            [sid],
          );

        expect(rows[0].revoked_at).toBeInstanceOf(Date);
        expect(rows[0].revoked_reason).toBe('refresh_token_reuse');
      });
    });

    it('narrower scope is granted', async () => {
      const session = await newSession();

      const response = await refresh(session.refresh_token, appClient, { scope: 'profile:read' });
      const claims = decodeSegment((response.body.access_token as string).split('.')[1]);

      expect(response.status).toBe(200);
      expect(response.body.scope).toBe('profile:read');
      expect(claims.scope).toBe('profile:read');
    });

    it('narrowing keeps the refresh scope', async () => {
      const session = await newSession();
      const narrow = await refresh(session.refresh_token, appClient, { scope: 'profile:read' });

      const response = await refresh(narrow.body.refresh_token as string);

      expect(response.status).toBe(200);
      expect(response.body.scope).toBe('profile:read profile:write');
    });

    it('wider scope is invalid_scope', async () => {
      const player = await createPlayer(testApp, brand);
      const session = await login(player.email, appClient, { scope: 'profile:read' });

      const response = await refresh(session.body.refresh_token as string, appClient, {
        scope: 'profile:read profile:write',
      });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_scope');
    });

    it('invalid_scope keeps the token usable', async () => {
      const player = await createPlayer(testApp, brand);
      const session = await login(player.email, appClient, { scope: 'profile:read' });
      await refresh(session.body.refresh_token as string, appClient, { scope: 'profile:write' });

      const response = await refresh(session.body.refresh_token as string);

      expect(response.status).toBe(200);
      expect(response.body.scope).toBe('profile:read');
    });

    it('other client gets invalid_grant', async () => {
      const session = await newSession();
      const otherClient = await createAppClient(testApp, brand);

      const response = await refresh(session.refresh_token, otherClient);

      expectInvalidGrant(response);
    });

    it('other client does not consume it', async () => {
      const session = await newSession();
      const otherClient = await createAppClient(testApp, brand);
      await refresh(session.refresh_token, otherClient);

      const response = await refresh(session.refresh_token);

      expect(response.status).toBe(200);
    });

    it('unknown refresh token is invalid_grant', async () => {
      const response = await refresh('not-a-refresh-token');

      expectInvalidGrant(response);
    });

    it('expired refresh token is invalid_grant', async () => {
      const session = await newSession();
      await testApp.dataSource.query(
        `UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`,
        [sha256(session.refresh_token)],
      );

      const response = await refresh(session.refresh_token);

      expectInvalidGrant(response);
      expect(response.body.error_description).toMatch(/expired/);
    });

    it('locked player gets invalid_grant', async () => {
      const player = await createPlayer(testApp, brand);
      const session = await login(player.email);
      await testApp.dataSource.query(`UPDATE users SET status = 'locked' WHERE id = $1`, [
        player.id,
      ]);

      const response = await refresh(session.body.refresh_token as string);

      expectInvalidGrant(response);
      expect(response.body.error_description).toMatch(/locked/);
    });
  });

  describe('concurrent refreshes of one token', () => {
    let session: { access_token: string; refresh_token: string };
    let responses: Response[];

    beforeAll(async () => {
      session = await newSession();
      responses = await Promise.all(
        Array.from({ length: CONCURRENT_REFRESHES }, () => refresh(session.refresh_token)),
      );
    }, 60_000);

    it('exactly one succeeds', () => {
      const succeeded = responses.filter((response) => response.status === 200);

      expect(succeeded).toHaveLength(1);
    });

    it('the rest get invalid_grant', () => {
      const failed = responses.filter((response) => response.status !== 200);

      expect(failed.map((response) => response.status)).toEqual(
        Array(CONCURRENT_REFRESHES - 1).fill(400),
      );
      expect(failed.map((response) => response.body.error)).toEqual(
        Array(CONCURRENT_REFRESHES - 1).fill('invalid_grant'),
      );
    });

    it('session is revoked afterwards', async () => {
      const winner = responses.find((response) => response.status === 200);

      const refreshed = await refresh(winner?.body.refresh_token as string);
      const profile = await readProfile(winner?.body.access_token as string);

      expectInvalidGrant(refreshed);
      expectInvalidToken(profile);
    });
  });

  describe('password grant on a confidential client', () => {
    let player: UserEntity;
    let backOffice: { client: ClientEntity; secret: string };

    beforeAll(async () => {
      player = await createPlayer(testApp, brand);
      backOffice = await createConfidentialClient(testApp, brand, {
        grant_types: ['password', 'client_credentials'],
        scopes: ['profile:read', 'users:read', 'clients:write'],
      });
    });

    function loginThroughBackOffice(extra: Record<string, string> = {}): Promise<Response> {
      return postToken(
        { grant_type: 'password', username: player.email, password: PLAYER_PASSWORD, ...extra },
        basic(backOffice.client.clientId, backOffice.secret),
      );
    }

    it('grants only player scopes by default', async () => {
      const response = await loginThroughBackOffice();

      expect(response.status).toBe(200);
      expect(response.body.scope).toBe('profile:read');
    });

    it('rejects a back-office scope', async () => {
      const response = await loginThroughBackOffice({ scope: 'profile:read clients:write' });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_scope');
      expect(response.body.error_description).toBe('Scope not allowed: clients:write');
    });
  });

  describe('client_credentials grant', () => {
    let backOffice: { client: ClientEntity; secret: string };
    let response: Response;

    beforeAll(async () => {
      backOffice = await createConfidentialClient(testApp, brand, {
        scopes: ['users:read', 'users:write'],
        default_scopes: ['users:read'],
      });
      response = await postToken(
        { grant_type: 'client_credentials' },
        basic(backOffice.client.clientId, backOffice.secret),
      );
    });

    it('returns an access token', () => {
      expect(response.status).toBe(200);
      expect(typeof response.body.access_token).toBe('string');
      expect(response.body.token_type).toBe('Bearer');
      expect(response.body.expires_in).toBe(1800);
    });

    it('has no refresh_token', () => {
      expect(response.body).not.toHaveProperty('refresh_token');
    });

    it('has no identity', () => {
      expect(response.body).not.toHaveProperty('identity');
    });

    it('default scopes when none requested', () => {
      expect(response.body.scope).toBe('users:read');
    });

    it('requested scope is granted', async () => {
      const requested = await postToken({
        grant_type: 'client_credentials',
        client_id: backOffice.client.clientId,
        client_secret: backOffice.secret,
        scope: 'users:write',
      });

      expect(requested.status).toBe(200);
      expect(requested.body.scope).toBe('users:write');
    });

    it('token names the client', () => {
      const claims = decodeSegment((response.body.access_token as string).split('.')[1]);

      expect(claims.sub).toBe(backOffice.client.clientId);
      expect(claims.client_id).toBe(backOffice.client.clientId);
      expect(claims.brand).toBe(brand.code);
      expect(claims).not.toHaveProperty('sid');
    });
  });
});
