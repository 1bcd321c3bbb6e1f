import request from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { AuditService } from '../src/audit/audit.service';
import { sha256 } from '../src/common/crypto';
import { clientAccessToken, requestPasswordGrant } from './helpers/access-tokens';
import { createBrand, createConfidentialClient, createPlayer } from './helpers/factories';
import {
  createRegistrationClient,
  outboundMessages,
  register,
  registerPlayer,
  registrationBody,
} from './helpers/registration';
import { startTestApp, TestApp } from './helpers/test-app';

const UNUSABLE_CLIENT = "client_id must be the client_id of a brand's public app";
const TOO_COMMON = 'password is too common and easy to guess; choose a less predictable one';

/** Returns the YYYY-MM-DD date `years` years before today, in UTC. */
function yearsAgo(years: number): string {
  const today = new Date();
  const date = new Date(
    Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()),
  );
  return date.toISOString().slice(0, 10);
}

describe('registration', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    appClient = await createRegistrationClient(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  function registrationOf(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return registrationBody(appClient.clientId, overrides);
  }

  describe('POST /users without a token', () => {
    it('answers 201 with the identity', async () => {
      const body = registrationOf();

      const response = await register(testApp, body);

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        email: body.email,
        nickname: body.nickname,
        address: '1 Republic Street',
        city: 'Valletta',
        postcode: 'VLT 1117',
        receive_news: false,
        receive_sms: true,
        accepted_terms: true,
        last_login: null,
      });
    });

    it('creates a pending player', async () => {
      const response = await register(testApp, registrationOf());

      expect(response.body.status).toBe('pending');
    });

    it('stores the player in the brand', async () => {
      const response = await register(testApp, registrationOf());
      const rows = await testApp.dataSource.query<{ brand_id: string }[]>(
        'SELECT brand_id FROM users WHERE id = $1',
        [response.body.id],
      );

      expect(rows).toEqual([{ brand_id: brand.id }]);
    });

    it('keeps a pending player from logging in', async () => {
      const { email } = await registerPlayer(testApp, appClient.clientId);

      const login = await requestPasswordGrant(testApp, appClient.clientId, email);

      expect(login.status).toBe(400);
      expect(login.body).toEqual({
        error: 'invalid_grant',
        error_description: 'The account is not activated yet',
      });
    });

    it('accepts no nickname', async () => {
      const body = registrationOf();
      delete body.nickname;

      const response = await register(testApp, body);

      expect(response.status).toBe(201);
      expect(response.body.nickname).toBeNull();
    });

    it('accepts an 18th birthday today', async () => {
      const response = await register(testApp, registrationOf({ birthday: yearsAgo(18) }));

      expect(response.status).toBe(201);
    });

    it('records player_registered', async () => {
      const response = await register(testApp, registrationOf());
      await testApp.app.get(AuditService).flush();

      const events = await testApp.dataSource.query<{ client_id: string; brand_id: string }[]>(
        `SELECT client_id, brand_id FROM audit_events WHERE type = 'player_registered' AND user_id = $1`,
        [response.body.id],
      );

      expect(events).toEqual([{ client_id: appClient.clientId, brand_id: brand.id }]);
    });
  });

  describe('activation message', () => {
    it('writes one outbound email', async () => {
      const { email, id } = await registerPlayer(testApp, appClient.clientId);

      const messages = await outboundMessages(testApp, email);

      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({
        channel: 'email',
        recipient: email,
        template: 'activation',
        user_id: id,
        brand_id: brand.id,
      });
    });

    it('names the client and brand', async () => {
      const { email } = await registerPlayer(testApp, appClient.clientId);

      const [message] = await outboundMessages(testApp, email);

      expect(message.data).toMatchObject({
        client_id: appClient.clientId,
        brand: brand.code,
        language: 'en',
        first_name: 'Ada',
      });
    });

    it('carries a 256-bit base64url code', async () => {
      const { code } = await registerPlayer(testApp, appClient.clientId);

      expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('stores only the code hash', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);

      const rows = await testApp.dataSource.query<{ code_hash: Buffer }[]>(
        'SELECT code_hash FROM activation_codes WHERE user_id = $1',
        [id],
      );

      expect(rows).toEqual([{ code_hash: sha256(code) }]);
    });

    it('expires the code after 24 hours', async () => {
      const { id } = await registerPlayer(testApp, appClient.clientId);

      const [row] = await testApp.dataSource.query<{ seconds: number }[]>(
        `SELECT extract(epoch FROM expires_at - created_at)::float AS seconds
           FROM activation_codes WHERE user_id = $1`,
        [id],
      );

      expect(row.seconds).toBeGreaterThan(86_390);
      expect(row.seconds).toBeLessThan(86_410);
    });

    it('keeps the code out of the response', async () => {
      const body = registrationOf();

      const response = await register(testApp, body);
      const [message] = await outboundMessages(testApp, body.email as string);

      expect(response.text).not.toContain(message.data.code);
      expect(JSON.stringify(response.headers)).not.toContain(message.data.code);
    });
  });

  describe('validation', () => {
    it.each([
      ['client_id', undefined],
      ['client_id', 42],
      ['email', 'not-an-email'],
      ['email', undefined],
      ['password', undefined],
      ['password', 'short'],
      ['first_name', undefined],
      ['first_name', ''],
      ['last_name', undefined],
      ['last_name', 'x'.repeat(101)],
      ['nickname', 'a'],
      ['nickname', 'has space'],
      ['address', undefined],
      ['address', ''],
      ['city', undefined],
      ['city', 'x'.repeat(101)],
      ['postcode', undefined],
      ['postcode', '#'],
      ['mobile_code', undefined],
      ['mobile_code', '356'],
      ['mobile_number', undefined],
      ['mobile_number', '12ab'],
      ['birthday', undefined],
      ['birthday', yearsAgo(17)],
      ['birthday', '1990-02-30'],
      ['birthday', '17/05/1990'],
      ['gender', undefined],
      ['gender', 'unknown'],
      ['country', undefined],
      ['country', 'XX'],
      ['country', 'mt'],
      ['language', undefined],
      ['language', 'english'],
      ['currency', undefined],
      ['currency', 'EURO'],
      ['currency', 'XYZ'],
      ['accepted_terms', undefined],
      ['accepted_terms', false],
      ['accepted_terms', 'yes'],
      ['receive_news', undefined],
      ['receive_news', 'yes'],
      ['receive_sms', undefined],
      ['receive_sms', null],
    ])('rejects %s %p', async (field, value) => {
      const response = await register(testApp, registrationOf({ [field]: value }));

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation_failed');
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it.each(['jurisdiction', 'status', 'reality_check', 'receive_snail', 'receive_phone'])(
      'rejects the field %s',
      async (field) => {
        const response = await register(testApp, registrationOf({ [field]: 'x' }));

        expect(response.status).toBe(400);
        expect(Object.keys(response.body.fields)).toEqual([field]);
      },
    );

    it.each<[string, object | string]>([
      ['an array', []],
      ['an empty object', {}],
      ['a JSON string', '"text"'],
    ])('rejects %s as body', async (_case, body) => {
      const response = await request(testApp.server)
        .post('/users')
        .set('Content-Type', 'application/json')
        .send(body);

      expect(response.status).toBe(400);
    });

    it('rejects an empty request', async () => {
      const response = await request(testApp.server).post('/users');

      expect(response.status).toBe(400);
    });

    it('answers the validation error body', async () => {
      const response = await register(testApp, registrationOf({ accepted_terms: false }));

      expect(response.body).toEqual({
        status: 400,
        error: 'validation_failed',
        message: 'Invalid fields: accepted_terms',
        request_id: response.headers['x-request-id'],
        fields: { accepted_terms: ['accepted_terms must be true to register'] },
      });
    });

    it('explains the minimum age', async () => {
      const response = await register(testApp, registrationOf({ birthday: yearsAgo(17) }));

      expect(response.body.fields.birthday).toEqual([
        'birthday must be a YYYY-MM-DD date on which the player is at least 18 years old',
      ]);
    });

    it('creates no player on error', async () => {
      const body = registrationOf({ birthday: yearsAgo(17) });

      await register(testApp, body);

      expect(await outboundMessages(testApp, body.email as string)).toEqual([]);
    });
  });

  describe('password policy', () => {
    it.each<[string, (body: Record<string, unknown>) => string, string]>([
      ['7 characters', () => 'a1b2c3d', 'password must be at least 8 characters long'],
      ['129 characters', () => 'x'.repeat(129), 'password must be at most 128 characters long'],
      ['a common password', () => 'Password123', TOO_COMMON],
      ['a keyboard walk', () => 'qwertyuiop', TOO_COMMON],
      ['the email', (body) => body.email as string, 'password must not be the same as the email'],
      [
        'the nickname',
        (body) => body.nickname as string,
        'password must not be the same as the nickname',
      ],
    ])('rejects %s', async (_case, passwordOf, message) => {
      const body = registrationOf();
      body.password = passwordOf(body);

      const response = await register(testApp, body);

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({ password: [message] });
    });

    it('applies to back-office creation', async () => {
      const backOffice = await createConfidentialClient(testApp, brand);
      const token = await clientAccessToken(testApp, backOffice.client.clientId, backOffice.secret);
      const fields = registrationOf({ password: 'iloveyou' });
      delete fields.client_id;

      const response = await request(testApp.server)
        .post('/users')
        .set('Authorization', `Bearer ${token}`)
        .send(fields);

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({ password: [TOO_COMMON] });
    });
  });

  describe('conflicts', () => {
    it.each([
      ['email', 'email'],
      ['nickname', 'nickname'],
      ['mobile_number', 'mobile_number'],
    ])('answers 409 on a used %s', async (field) => {
      const first = registrationOf();
      await register(testApp, first);

      const response = await register(testApp, registrationOf({ [field]: first[field] }));

      expect(response.status).toBe(409);
      expect(response.body).toEqual({
        status: 409,
        error: 'conflict',
        message: `${field} is already used by another player of this brand`,
        request_id: response.headers['x-request-id'],
        fields: { [field]: [`${field} is already used by another player of this brand`] },
      });
    });

    it('matches the nickname case-insensitively', async () => {
      const first = registrationOf();
      await register(testApp, first);

      const response = await register(
        testApp,
        registrationOf({ nickname: (first.nickname as string).toUpperCase() }),
      );

      expect(response.status).toBe(409);
    });

    it('writes no message on conflict', async () => {
      const first = registrationOf();
      await register(testApp, first);

      await register(testApp, registrationOf({ email: first.email }));

      expect(await outboundMessages(testApp, first.email as string)).toHaveLength(1);
    });

    it("accepts another brand's email", async () => {
      const otherBrand = await createBrand(testApp);
      const other = await createPlayer(testApp, otherBrand);

      const response = await register(testApp, registrationOf({ email: other.email }));

      expect(response.status).toBe(201);
    });
  });

  describe('client_id', () => {
    it('rejects an unknown client', async () => {
      const response = await register(testApp, registrationOf({ client_id: 'no-such-client' }));

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({ client_id: [UNUSABLE_CLIENT] });
    });

    it('rejects a confidential client', async () => {
      const { client } = await createConfidentialClient(testApp, brand);

      const response = await register(testApp, registrationOf({ client_id: client.clientId }));

      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual({ client_id: [UNUSABLE_CLIENT] });
    });

    it('registers in the client brand', async () => {
      const otherBrand = await createBrand(testApp);
      const otherClient = await createRegistrationClient(testApp, otherBrand);

      const response = await register(testApp, registrationBody(otherClient.clientId));
      const rows = await testApp.dataSource.query<{ brand_id: string }[]>(
        'SELECT brand_id FROM users WHERE id = $1',
        [response.body.id],
      );

      expect(rows).toEqual([{ brand_id: otherBrand.id }]);
    });
  });

  describe('POST /users with a token', () => {
    it('rejects an invalid token', async () => {
      const response = await request(testApp.server)
        .post('/users')
        .set('Authorization', 'Bearer not-a-token')
        .send(registrationOf());

      expect(response.status).toBe(401);
      expect(response.body.error).toBe('invalid_token');
    });

    it('rejects a Basic header', async () => {
      const response = await request(testApp.server)
        .post('/users')
        .auth(appClient.clientId, '')
        .send(registrationOf());

      expect(response.status).toBe(401);
    });

    it('rejects an access_token field', async () => {
      const response = await register(testApp, registrationOf({ access_token: 'x' }));

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_request');
    });
  });
});
