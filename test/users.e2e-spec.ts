import request, { Response } from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import {
  clientAccessToken,
  playerAccessToken,
  requestPasswordGrant,
} from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  playerFields,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const IDENTITY_FIELDS = [
  'accepted_terms',
  'address',
  'birthday',
  'city',
  'country',
  'currency',
  'deposited',
  'email',
  'first_name',
  'gender',
  'id',
  'jurisdiction',
  'language',
  'last_login',
  'last_name',
  'mobile_code',
  'mobile_number',
  'nickname',
  'postcode',
  'reality_check',
  'receive_news',
  'receive_phone',
  'receive_sms',
  'receive_snail',
  'status',
];

/** Returns the YYYY-MM-DD date `years` years before today, in UTC. */
function yearsAgo(years: number): string {
  const today = new Date();
  const date = new Date(
    Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()),
  );
  return date.toISOString().slice(0, 10);
}

/** A brand with its own app, a back-office token, and one player with an access token. */
interface BrandFixture {
  brand: BrandEntity;
  appClientId: string;
  backOfficeToken: string;
  player: UserEntity;
  playerToken: string;
}

describe('users', () => {
  let testApp: TestApp;
  let brandA: BrandFixture;
  let brandB: BrandFixture;

  async function createBrandFixture(): Promise<BrandFixture> {
    const brand = await createBrand(testApp);
    const appClientId = (await createAppClient(testApp, brand)).clientId;
    const backOffice = await createConfidentialClient(testApp, brand);
    const backOfficeToken = await clientAccessToken(
      testApp,
      backOffice.client.clientId,
      backOffice.secret,
    );
    const player = await createPlayer(testApp, brand);
    const playerToken = await playerAccessToken(testApp, appClientId, player.email);
    return { brand, appClientId, backOfficeToken, player, playerToken };
  }

  /** Creates a player of the brand and logs them in, for tests that change the profile. */
  async function createPlayerWithToken(
    fixture: BrandFixture,
    overrides: Parameters<typeof playerFields>[0] = {},
  ): Promise<{ player: UserEntity; token: string }> {
    const player = await createPlayer(testApp, fixture.brand, overrides);
    const token = await playerAccessToken(testApp, fixture.appClientId, player.email);
    return { player, token };
  }

  function getMe(token: string): Promise<Response> {
    return request(testApp.server).get('/users/me').set('Authorization', `Bearer ${token}`);
  }

  function patchMe(token: string, body: object): Promise<Response> {
    return request(testApp.server)
      .patch('/users/me')
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  }

  function postUser(token: string, body: object): Promise<Response> {
    return request(testApp.server)
      .post('/users')
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  }

  function getUser(token: string, id: string): Promise<Response> {
    return request(testApp.server).get(`/users/${id}`).set('Authorization', `Bearer ${token}`);
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    brandA = await createBrandFixture();
    brandB = await createBrandFixture();
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('GET /users/me', () => {
    it('returns the identity fields', async () => {
      const response = await getMe(brandA.playerToken);

      expect(response.status).toBe(200);
      expect(Object.keys(response.body).sort()).toEqual(IDENTITY_FIELDS);
    });

    it('returns the player values', async () => {
      const { player } = brandA;

      const response = await getMe(brandA.playerToken);

      expect(response.body).toMatchObject({
        id: player.id,
        email: player.email,
        nickname: player.nickname,
        first_name: 'Ada',
        last_name: 'Lovelace',
        birthday: '1990-05-17',
        gender: 'female',
        country: 'MT',
        currency: 'EUR',
        language: 'en',
        mobile_code: '+356',
        mobile_number: player.mobileNumber,
        accepted_terms: true,
        status: 'active',
        reality_check: 0,
      });
    });

    it('records the last login', async () => {
      const response = await getMe(brandA.playerToken);

      expect(Date.parse(response.body.last_login)).not.toBeNaN();
    });

    it('never shows the password hash', async () => {
      const response = await getMe(brandA.playerToken);

      expect(response.text).not.toContain('argon2');
    });

    it('refuses a client token with profile:read', async () => {
      const backOffice = await createConfidentialClient(testApp, brandA.brand, {
        scopes: ['profile:read'],
      });
      const token = await clientAccessToken(testApp, backOffice.client.clientId, backOffice.secret);

      const response = await getMe(token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('forbidden');
    });

    it('refuses a back-office token', async () => {
      const response = await getMe(brandA.backOfficeToken);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('PATCH /users/me', () => {
    it('changes the given fields', async () => {
      const { token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, {
        first_name: 'Grace',
        city: 'Valletta',
        receive_news: true,
        reality_check: 3600,
      });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        first_name: 'Grace',
        city: 'Valletta',
        receive_news: true,
        reality_check: 3600,
      });
    });

    it('keeps the fields not given', async () => {
      const { player, token } = await createPlayerWithToken(brandA);

      await patchMe(token, { city: 'Valletta' });
      const response = await getMe(token);

      expect(response.body).toMatchObject({
        email: player.email,
        nickname: player.nickname,
        first_name: 'Ada',
        city: 'Valletta',
      });
    });

    it('stores the email lower-cased', async () => {
      const { token } = await createPlayerWithToken(brandA);
      const email = playerFields().email;

      const response = await patchMe(token, { email: email.toUpperCase() });

      expect(response.body.email).toBe(email);
    });

    it('lets the player log in by the new email', async () => {
      const { token } = await createPlayerWithToken(brandA);
      const email = playerFields().email;
      await patchMe(token, { email });

      const login = await requestPasswordGrant(testApp, brandA.appClientId, email);

      expect(login.status).toBe(200);
    });

    it('clears a nullable field with null', async () => {
      const { token } = await createPlayerWithToken(brandA);
      await patchMe(token, { city: 'Valletta' });

      const response = await patchMe(token, { city: null });

      expect(response.status).toBe(200);
      expect(response.body.city).toBeNull();
    });

    it('lets the player log in by the new nickname', async () => {
      const { token } = await createPlayerWithToken(brandA);
      const nickname = playerFields().nickname as string;
      await patchMe(token, { nickname });

      const login = await requestPasswordGrant(testApp, brandA.appClientId, nickname);

      expect(login.status).toBe(200);
    });

    it('accepts an empty body', async () => {
      const { player, token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, {});

      expect(response.status).toBe(200);
      expect(response.body.email).toBe(player.email);
    });

    it.each([
      ['email', 'not-an-email'],
      ['email', null],
      ['nickname', 'a'],
      ['nickname', 'has space'],
      ['nickname', '35679000000'],
      ['first_name', ''],
      ['first_name', null],
      ['last_name', 'x'.repeat(101)],
      ['gender', 'unknown'],
      ['language', 'english'],
      ['postcode', '#'],
      ['mobile_code', '356'],
      ['mobile_number', '12ab'],
      ['receive_news', 'yes'],
      ['receive_sms', null],
      ['reality_check', -1],
      ['reality_check', 86_401],
      ['reality_check', 1.5],
    ])('rejects %s %p', async (field, value) => {
      const response = await patchMe(brandA.playerToken, { [field]: value });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation_failed');
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('answers the validation error body', async () => {
      const response = await patchMe(brandA.playerToken, { gender: 'unknown' });

      expect(response.body).toEqual({
        status: 400,
        error: 'validation_failed',
        message: 'Invalid fields: gender',
        request_id: response.headers['x-request-id'],
        fields: { gender: [expect.any(String)] },
      });
    });

    it.each(['password', 'status', 'birthday', 'country', 'deposited', 'id'])(
      'rejects the field %s',
      async (field) => {
        const response = await patchMe(brandA.playerToken, { [field]: 'x' });

        expect(response.status).toBe(400);
        expect(response.body.error).toBe('validation_failed');
        expect(Object.keys(response.body.fields)).toEqual([field]);
      },
    );

    it('leaves the profile unchanged on error', async () => {
      const { player, token } = await createPlayerWithToken(brandA);

      await patchMe(token, { city: 'Valletta', status: 'locked' });
      const response = await getMe(token);

      expect(response.body.city).toBeNull();
      expect(response.body.status).toBe('active');
      expect(response.body.email).toBe(player.email);
    });

    it('answers 409 on an email of the brand', async () => {
      const { token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, { email: brandA.player.email });

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('conflict');
      expect(Object.keys(response.body.fields)).toEqual(['email']);
    });

    it('answers 409 on a nickname of the brand', async () => {
      const { token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, { nickname: brandA.player.nickname?.toUpperCase() });

      expect(response.status).toBe(409);
      expect(Object.keys(response.body.fields)).toEqual(['nickname']);
    });

    it('answers 409 on a mobile number of the brand', async () => {
      const { token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, { mobile_number: brandA.player.mobileNumber });

      expect(response.status).toBe(409);
      expect(Object.keys(response.body.fields)).toEqual(['mobile_number']);
    });

    it('answers the conflict error body', async () => {
      const { token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, { email: brandA.player.email });

      expect(response.body).toEqual({
        status: 409,
        error: 'conflict',
        message: 'email is already used by another player of this brand',
        request_id: response.headers['x-request-id'],
        fields: { email: ['email is already used by another player of this brand'] },
      });
    });

    it('keeps the own email without conflict', async () => {
      const { player, token } = await createPlayerWithToken(brandA);

      const response = await patchMe(token, { email: player.email, nickname: player.nickname });

      expect(response.status).toBe(200);
    });

    it("accepts another brand's email", async () => {
      const { token } = await createPlayerWithToken(brandA);
      const other = await createPlayer(testApp, brandB.brand);

      const response = await patchMe(token, { email: other.email, nickname: other.nickname });

      expect(response.status).toBe(200);
      expect(response.body.email).toBe(other.email);
    });
  });

  describe('POST /users', () => {
    it('creates an active player', async () => {
      const fields = playerFields();

      const response = await postUser(brandA.backOfficeToken, fields);

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        email: fields.email,
        nickname: fields.nickname,
        status: 'active',
        last_login: null,
      });
      expect(Object.keys(response.body).sort()).toEqual(IDENTITY_FIELDS);
    });

    it('creates a player who can log in', async () => {
      const fields = playerFields();
      const created = await postUser(brandA.backOfficeToken, fields);

      const login = await requestPasswordGrant(testApp, brandA.appClientId, fields.email);

      expect(login.status).toBe(200);
      expect(login.body.identity.id).toBe(created.body.id);
    });

    it('stores the email lower-cased', async () => {
      const fields = playerFields();

      const response = await postUser(brandA.backOfficeToken, {
        ...fields,
        email: `  ${fields.email.toUpperCase()} `,
      });

      expect(response.body.email).toBe(fields.email);
    });

    it.each([
      ['email', 'not-an-email'],
      ['email', undefined],
      ['password', 'short'],
      ['password', undefined],
      ['first_name', undefined],
      ['last_name', ''],
      ['birthday', yearsAgo(17)],
      ['birthday', '1990-02-30'],
      ['birthday', '17/05/1990'],
      ['birthday', undefined],
      ['gender', undefined],
      ['country', 'XX'],
      ['country', 'mt'],
      ['country', undefined],
      ['currency', 'EURO'],
      ['currency', 'XYZ'],
      ['currency', 'eur'],
      ['language', undefined],
      ['accepted_terms', 'yes'],
      ['accepted_terms', undefined],
      ['mobile_number', '+35679'],
      ['mobile_code', undefined],
    ])('rejects %s %p', async (field, value) => {
      const response = await postUser(brandA.backOfficeToken, {
        ...playerFields(),
        [field]: value,
      });

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation_failed');
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('accepts an 18th birthday today', async () => {
      const response = await postUser(
        brandA.backOfficeToken,
        playerFields({ birthday: yearsAgo(18) }),
      );

      expect(response.status).toBe(201);
    });

    it('rejects an unknown field', async () => {
      const response = await postUser(brandA.backOfficeToken, {
        ...playerFields(),
        status: 'locked',
      });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['status']);
    });

    it('answers 409 on an email of the brand', async () => {
      const response = await postUser(
        brandA.backOfficeToken,
        playerFields({ email: brandA.player.email }),
      );

      expect(response.status).toBe(409);
      expect(Object.keys(response.body.fields)).toEqual(['email']);
    });

    it("accepts another brand's email", async () => {
      const other = await createPlayer(testApp, brandB.brand);

      const response = await postUser(brandA.backOfficeToken, {
        ...playerFields(),
        email: other.email,
        nickname: other.nickname,
      });

      expect(response.status).toBe(201);
    });

    it('requires users:write', async () => {
      const readOnly = await createConfidentialClient(testApp, brandA.brand, {
        scopes: ['users:read'],
      });
      const token = await clientAccessToken(testApp, readOnly.client.clientId, readOnly.secret);

      const response = await postUser(token, playerFields());

      expect(response.status).toBe(403);
      expect(response.headers['www-authenticate']).toContain('scope="users:write"');
    });

    it('refuses a player token', async () => {
      const response = await postUser(brandA.playerToken, playerFields());

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('GET /users/:id', () => {
    it('returns a player of the brand', async () => {
      const response = await getUser(brandA.backOfficeToken, brandA.player.id);

      expect(response.status).toBe(200);
      expect(response.body.email).toBe(brandA.player.email);
    });

    it('answers 404 for an unknown id', async () => {
      const response = await getUser(
        brandA.backOfficeToken,
        '00000000-0000-4000-8000-000000000000',
      );

      expect(response.status).toBe(404);
      expect(response.body.error).toBe('not_found');
    });

    it('answers 400 for a malformed id', async () => {
      const response = await getUser(brandA.backOfficeToken, 'not-a-uuid');

      expect(response.status).toBe(400);
    });

    it('refuses a player token', async () => {
      const response = await getUser(brandA.playerToken, brandA.player.id);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('brand isolation', () => {
    it("hides another brand's player", async () => {
      const response = await getUser(brandA.backOfficeToken, brandB.player.id);

      expect(response.status).toBe(404);
      expect(response.text).not.toContain(brandB.player.email);
    });

    it("creates players in the caller's brand", async () => {
      const created = await postUser(brandB.backOfficeToken, playerFields());

      const response = await getUser(brandA.backOfficeToken, created.body.id);

      expect(response.status).toBe(404);
    });

    it("refuses another brand's app at login", async () => {
      const login = await requestPasswordGrant(testApp, brandA.appClientId, brandB.player.email);

      expect(login.status).toBe(400);
      expect(login.body.error).toBe('invalid_grant');
    });

    it('reads the own twin, not the other', async () => {
      const email = playerFields().email;
      const twinA = await createPlayerWithToken(brandA, { email });
      const twinB = await createPlayer(testApp, brandB.brand, { email });

      const response = await getMe(twinA.token);

      expect(response.body.id).toBe(twinA.player.id);
      expect(response.body.id).not.toBe(twinB.id);
    });

    it('changes the own twin, not the other', async () => {
      const email = playerFields().email;
      const twinA = await createPlayerWithToken(brandA, { email });
      const twinB = await createPlayer(testApp, brandB.brand, { email });

      await patchMe(twinA.token, { first_name: 'Changed' });
      const response = await getUser(brandB.backOfficeToken, twinB.id);

      expect(response.body.first_name).toBe('Ada');
    });
  });
});
