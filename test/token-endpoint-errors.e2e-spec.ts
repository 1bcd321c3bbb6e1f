import { AddressInfo } from 'node:net';

import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { ClientsService } from '../src/auth-server/clients/clients.service';
import { DEFAULT_BODY_LIMIT_BYTES as BODY_LIMIT } from '../src/config/app-config';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  PLAYER_PASSWORD,
  uniqueCode,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

type Encoding = 'form' | 'json';
type Params = Record<string, string>;

const PATHS = ['/oauth/token', '/oauth'];
const ENCODINGS: Encoding[] = ['form', 'json'];

/** Encodes a value as RFC 6749 Appendix B requires for HTTP Basic client credentials. */
function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

function basic(clientId: string, secret: string): string {
  const credentials = `${formEncode(clientId)}:${formEncode(secret)}`;
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}

/** Checks an RFC 6749 §5.2 error response, its no-store headers and its challenge. */
function expectOAuthError(response: Response, status: number, error: string): void {
  expect(response.status).toBe(status);
  expect(Object.keys(response.body as object).sort()).toEqual(['error', 'error_description']);
  expect(response.body.error).toBe(error);
  expect(typeof response.body.error_description).toBe('string');
  expect(response.body.error_description).not.toBe('');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['pragma']).toBe('no-cache');
  if (status === 401) {
    expect(response.headers['www-authenticate']).toMatch(/^Basic /);
  } else {
    expect(response.headers['www-authenticate']).toBeUndefined();
  }
}

describe('token endpoint errors', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let brand: BrandEntity;
  let appClient: ClientEntity;
  let partner: { client: ClientEntity; secret: string };
  let backOffice: { client: ClientEntity; secret: string };
  let player: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = testApp.server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;

    brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
    partner = await createConfidentialClient(testApp, brand, {
      grant_types: ['password', 'refresh_token'],
      scopes: ['profile:read'],
      username_types: ['email'],
    });
    backOffice = await createConfidentialClient(testApp, brand);
    player = await createPlayer(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  function passwordParams(overrides: Params = {}): Params {
    return {
      grant_type: 'password',
      client_id: appClient.clientId,
      username: player.email,
      password: PLAYER_PASSWORD,
      ...overrides,
    };
  }

  describe.each(PATHS)('POST %s', (path) => {
    function post(
      params: Params,
      encoding: Encoding = 'form',
      headers: Record<string, string> = {},
    ): Promise<Response> {
      const test = request(baseUrl).post(path).set(headers);
      if (encoding === 'json') {
        return test.set('Content-Type', 'application/json').send(JSON.stringify(params));
      }
      return test
        .set('Content-Type', 'application/x-www-form-urlencoded')
        .send(new URLSearchParams(params).toString());
    }

    describe.each(ENCODINGS)('%s body', (encoding) => {
      it('success sets no-store headers', async () => {
        const response = await post(passwordParams(), encoding);

        expect(response.status).toBe(200);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['pragma']).toBe('no-cache');
      });

      it('missing grant_type is invalid_request', async () => {
        const params = passwordParams();
        delete params.grant_type;

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toMatch(/grant_type/);
      });

      it('empty grant_type is invalid_request', async () => {
        const response = await post(passwordParams({ grant_type: '' }), encoding);

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toMatch(/grant_type/);
      });

      it.each(['username', 'password'])('missing %s is invalid_request', async (name) => {
        const params = passwordParams();
        delete params[name];

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toMatch(name);
      });

      it('missing refresh_token is invalid_request', async () => {
        const params = { grant_type: 'refresh_token', client_id: appClient.clientId };

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toMatch(/refresh_token/);
      });

      it('unknown grant_type is unsupported_grant_type', async () => {
        const response = await post(passwordParams({ grant_type: 'implicit' }), encoding);

        expectOAuthError(response, 400, 'unsupported_grant_type');
      });

      it('grant not allowed is unauthorized_client', async () => {
        const params = passwordParams({
          client_id: backOffice.client.clientId,
          client_secret: backOffice.secret,
        });

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'unauthorized_client');
      });

      it('client_credentials by public client is unauthorized_client', async () => {
        const params = { grant_type: 'client_credentials', client_id: appClient.clientId };

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'unauthorized_client');
      });

      it('missing client_id is invalid_client', async () => {
        const params = passwordParams();
        delete params.client_id;

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'invalid_client');
      });

      it('unknown client in body is invalid_client', async () => {
        const response = await post(passwordParams({ client_id: 'no-such-client' }), encoding);

        expectOAuthError(response, 400, 'invalid_client');
      });

      it('unknown client via Basic is 401', async () => {
        const params = passwordParams();
        delete params.client_id;

        const response = await post(params, encoding, {
          Authorization: basic('no-such-client', 'secret'),
        });

        expectOAuthError(response, 401, 'invalid_client');
      });

      it('wrong secret via Basic is 401', async () => {
        const params = passwordParams();
        delete params.client_id;

        const response = await post(params, encoding, {
          Authorization: basic(partner.client.clientId, `${partner.secret}x`),
        });

        expectOAuthError(response, 401, 'invalid_client');
      });

      it('wrong secret in body is 400', async () => {
        const params = passwordParams({
          client_id: partner.client.clientId,
          client_secret: `${partner.secret}x`,
        });

        const response = await post(params, encoding);

        expectOAuthError(response, 400, 'invalid_client');
      });

      it('confidential client without secret is invalid_client', async () => {
        const response = await post(
          passwordParams({ client_id: partner.client.clientId }),
          encoding,
        );

        expectOAuthError(response, 400, 'invalid_client');
      });

      it('public client sending secret is invalid_client', async () => {
        const response = await post(passwordParams({ client_secret: 'anything' }), encoding);

        expectOAuthError(response, 400, 'invalid_client');
      });

      it('Basic plus client_secret is invalid_request', async () => {
        const params = passwordParams({
          client_id: partner.client.clientId,
          client_secret: partner.secret,
        });

        const response = await post(params, encoding, {
          Authorization: basic(partner.client.clientId, partner.secret),
        });

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('client_id differing from Basic is invalid_request', async () => {
        const params = passwordParams({ client_id: appClient.clientId });

        const response = await post(params, encoding, {
          Authorization: basic(partner.client.clientId, partner.secret),
        });

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('client_id matching Basic is accepted', async () => {
        const params = passwordParams({ client_id: partner.client.clientId });

        const response = await post(params, encoding, {
          Authorization: basic(partner.client.clientId, partner.secret),
        });

        expect(response.status).toBe(200);
      });

      it('bad password is invalid_grant', async () => {
        const response = await post(passwordParams({ password: 'wrong-password' }), encoding);

        expectOAuthError(response, 400, 'invalid_grant');
      });

      it('unknown user matches bad password', async () => {
        const badPassword = await post(passwordParams({ password: 'wrong-password' }), encoding);
        const unknownUser = await post(
          passwordParams({ username: 'nobody@example.test' }),
          encoding,
        );

        expectOAuthError(unknownUser, 400, 'invalid_grant');
        expect(unknownUser.body).toEqual(badPassword.body);
      });

      it('scope outside allowed is invalid_scope', async () => {
        const response = await post(
          passwordParams({ scope: 'profile:read users:write' }),
          encoding,
        );

        expectOAuthError(response, 400, 'invalid_scope');
        expect(response.body.error_description).toMatch(/users:write/);
      });

      it('unknown scope is invalid_scope', async () => {
        const response = await post(passwordParams({ scope: 'casino:admin' }), encoding);

        expectOAuthError(response, 400, 'invalid_scope');
      });

      it('malformed scope is invalid_scope', async () => {
        const response = await post(passwordParams({ scope: 'profile:read "quoted"' }), encoding);

        expectOAuthError(response, 400, 'invalid_scope');
      });

      it.each(['client_id', 'username'])('NUL in %s is invalid_request', async (name) => {
        const response = await post(passwordParams({ [name]: 'player\u0000' }), encoding);

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toMatch(/NUL/);
      });

      it('NUL in Basic client_id is 401', async () => {
        const params = passwordParams();
        delete params.client_id;

        const response = await post(params, encoding, { Authorization: basic('app\u0000', 'x') });

        expectOAuthError(response, 401, 'invalid_client');
      });

      it('malformed Basic base64 is 401', async () => {
        const params = passwordParams();
        delete params.client_id;

        const response = await post(params, encoding, { Authorization: 'Basic %%%not-base64%%%' });

        expectOAuthError(response, 401, 'invalid_client');
      });

      it('Basic without colon is 401', async () => {
        const params = passwordParams();
        delete params.client_id;
        const credentials = Buffer.from(partner.client.clientId).toString('base64');

        const response = await post(params, encoding, { Authorization: `Basic ${credentials}` });

        expectOAuthError(response, 401, 'invalid_client');
      });
    });

    describe('Basic form-encoding', () => {
      const secret = 'p+ss%41:w rd/ö&=';
      let client: ClientEntity;

      beforeAll(async () => {
        const registered = await testApp.app.get(ClientsService).register(
          brand.id,
          {
            client_id: uniqueCode('encoded'),
            name: 'Secret with reserved characters',
            type: 'confidential',
            grant_types: ['client_credentials'],
            scopes: ['users:read'],
          },
          null,
          secret,
        );
        client = registered.client;
      });

      it('decoded secret is accepted', async () => {
        const response = await post({ grant_type: 'client_credentials' }, 'form', {
          Authorization: basic(client.clientId, secret),
        });

        expect(response.status).toBe(200);
        expect(response.body.token_type).toBe('Bearer');
      });

      it('same secret in body is accepted', async () => {
        const response = await post({
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: secret,
        });

        expect(response.status).toBe(200);
      });

      it('unencoded secret is rejected', async () => {
        const credentials = Buffer.from(`${client.clientId}:${secret}`).toString('base64');

        const response = await post({ grant_type: 'client_credentials' }, 'form', {
          Authorization: `Basic ${credentials}`,
        });

        expectOAuthError(response, 401, 'invalid_client');
      });

      it('bad percent escape is 401', async () => {
        const credentials = Buffer.from(`${client.clientId}:%zz`).toString('base64');

        const response = await post({ grant_type: 'client_credentials' }, 'form', {
          Authorization: `Basic ${credentials}`,
        });

        expectOAuthError(response, 401, 'invalid_client');
      });
    });

    describe('body format', () => {
      it('repeated parameter is invalid_request', async () => {
        const body = `grant_type=password&grant_type=password&client_id=${appClient.clientId}`;

        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/x-www-form-urlencoded')
          .send(`${body}&username=${encodeURIComponent(player.email)}&password=${PLAYER_PASSWORD}`);

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toMatch(/grant_type/);
      });

      it('JSON with charset is accepted', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/json; charset=utf-8')
          .send(JSON.stringify(passwordParams()));

        expect(response.status).toBe(200);
      });

      it('upper-case media type is accepted', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'Application/X-WWW-Form-Urlencoded')
          .send(new URLSearchParams(passwordParams()).toString());

        expect(response.status).toBe(200);
      });

      it('empty JSON body is invalid_request', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/json')
          .send('');

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('text/plain body is invalid_request', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'text/plain')
          .send(new URLSearchParams(passwordParams()).toString());

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('XML body is invalid_request', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/xml')
          .send('<grant_type>password</grant_type>');

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('missing body is invalid_request', async () => {
        const response = await request(baseUrl).post(path);

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('malformed JSON is invalid_request', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/json')
          .send('{"grant_type": "password",');

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('JSON array body is invalid_request', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify([passwordParams()]));

        expectOAuthError(response, 400, 'invalid_request');
      });

      it('JSON __proto__ key is dropped', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/json')
          .send('{"grant_type": "password", "__proto__": {"client_id": "x"}}');

        expectOAuthError(response, 400, 'invalid_client');
        expect(response.body.error_description).toBe(
          'Client authentication is required: send client_id',
        );
      });

      it.each([
        ['number', 42],
        ['boolean', true],
        ['null', null],
        ['array', ['password']],
        ['object', { value: 'password' }],
      ])('JSON %s value is invalid_request', async (_kind, value) => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/json')
          .send(JSON.stringify({ ...passwordParams(), password: value }));

        expectOAuthError(response, 400, 'invalid_request');
        expect(response.body.error_description).toBe('password must be a string');
      });

      it('oversized body is invalid_request', async () => {
        const response = await request(baseUrl)
          .post(path)
          .set('Content-Type', 'application/x-www-form-urlencoded')
          .send(`grant_type=password&padding=${'a'.repeat(BODY_LIMIT)}`);

        expectOAuthError(response, 400, 'invalid_request');
      });
    });
  });
});
