import request, { Response } from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { clientAccessToken, requestClientCredentials } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  uniqueCode,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const CLIENT_FIELDS = [
  'access_token_ttl',
  'allowed_origins',
  'brand',
  'captcha_required',
  'client_id',
  'created_at',
  'default_scopes',
  'first_party',
  'grant_types',
  'name',
  'redirect_uris',
  'refresh_token_reuse_grace',
  'refresh_token_ttl',
  'scopes',
  'type',
  'updated_at',
  'username_types',
];

/** Builds a registration body for a confidential client that reads players. */
function confidentialBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    client_id: uniqueCode('partner'),
    name: 'Partner server',
    type: 'confidential',
    grant_types: ['client_credentials'],
    scopes: ['users:read'],
    ...overrides,
  };
}

/** Builds a registration body for a brand's public app. */
function publicBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    client_id: uniqueCode('app'),
    name: 'Player app',
    type: 'public',
    grant_types: ['password', 'refresh_token'],
    scopes: ['profile:read', 'profile:write'],
    username_types: ['email', 'nickname'],
    ...overrides,
  };
}

describe('clients admin API', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let adminToken: string;
  let otherBrand: BrandEntity;
  let otherAdminToken: string;
  let otherClientId: string;

  async function adminTokenOf(of: BrandEntity): Promise<string> {
    const { client, secret } = await createConfidentialClient(testApp, of);
    return clientAccessToken(testApp, client.clientId, secret);
  }

  function withToken(call: request.Test, token = adminToken): request.Test {
    return call.set('Authorization', `Bearer ${token}`);
  }

  function postClient(body: object, token = adminToken): Promise<Response> {
    return withToken(request(testApp.server).post('/clients'), token).send(body);
  }

  function getClient(clientId: string, token = adminToken): Promise<Response> {
    return withToken(request(testApp.server).get(`/clients/${clientId}`), token);
  }

  function patchClient(clientId: string, body: object, token = adminToken): Promise<Response> {
    return withToken(request(testApp.server).patch(`/clients/${clientId}`), token).send(body);
  }

  function rotateSecret(clientId: string, token = adminToken): Promise<Response> {
    return withToken(request(testApp.server).post(`/clients/${clientId}/secret`), token);
  }

  /** Registers a confidential client through the API and returns its id and secret. */
  async function registerConfidential(
    overrides: Record<string, unknown> = {},
  ): Promise<{ clientId: string; secret: string }> {
    const response = await postClient(confidentialBody(overrides));
    if (response.status !== 201) {
      throw new Error(`Registration failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return { clientId: response.body.client_id, secret: response.body.client_secret };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    adminToken = await adminTokenOf(brand);
    otherBrand = await createBrand(testApp);
    otherAdminToken = await adminTokenOf(otherBrand);
    otherClientId = (await createConfidentialClient(testApp, otherBrand)).client.clientId;
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('POST /clients', () => {
    it('registers a confidential client', async () => {
      const body = confidentialBody({ access_token_ttl: 900 });

      const response = await postClient(body);

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        client_id: body.client_id,
        brand: brand.code,
        name: 'Partner server',
        type: 'confidential',
        grant_types: ['client_credentials'],
        scopes: ['users:read'],
        default_scopes: ['users:read'],
        access_token_ttl: 900,
        refresh_token_ttl: 2_592_000,
        refresh_token_reuse_grace: 0,
        redirect_uris: [],
        captcha_required: false,
      });
    });

    it('returns a 256-bit secret once', async () => {
      const response = await postClient(confidentialBody());

      expect(response.body.client_secret).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    });

    it('sends Cache-Control no-store', async () => {
      const response = await postClient(confidentialBody());

      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('issues tokens to the new client', async () => {
      const { clientId, secret } = await registerConfidential();

      const response = await requestClientCredentials(testApp, clientId, secret);

      expect(response.status).toBe(200);
      expect(response.body.scope).toBe('users:read');
    });

    it('registers a public client without secret', async () => {
      const body = publicBody();

      const response = await postClient(body);

      expect(response.status).toBe(201);
      expect(response.body.type).toBe('public');
      expect(response.body).not.toHaveProperty('client_secret');
    });

    it('applies the public client settings', async () => {
      const body = publicBody({ default_scopes: ['profile:read'], captcha_required: true });

      const response = await postClient(body);

      expect(response.body).toMatchObject({
        username_types: ['email', 'nickname'],
        default_scopes: ['profile:read'],
        access_token_ttl: 1800,
        captcha_required: true,
      });
    });

    it('answers 409 on a taken client_id', async () => {
      const { clientId } = await registerConfidential();

      const response = await postClient(confidentialBody({ client_id: clientId }));

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('conflict');
      expect(response.body.fields).toEqual({
        client_id: [`client_id ${clientId} is already registered`],
      });
    });

    it("answers 409 on another brand's client_id", async () => {
      const response = await postClient(confidentialBody({ client_id: otherClientId }));

      expect(response.status).toBe(409);
    });

    it.each<[string, string, Record<string, unknown>]>([
      ['upper-case client_id', 'client_id', { client_id: 'Partner' }],
      ['one-letter client_id', 'client_id', { client_id: 'a' }],
      ['client_id with slash', 'client_id', { client_id: 'a/b' }],
      ['missing client_id', 'client_id', { client_id: undefined }],
      ['empty name', 'name', { name: '' }],
      ['missing name', 'name', { name: undefined }],
      ['null name', 'name', { name: null }],
      ['missing type', 'type', { type: undefined }],
      ['unknown type', 'type', { type: 'trusted' }],
      ['unknown scope', 'scopes', { scopes: ['users:read', 'games:admin'] }],
      ['scopes not an array', 'scopes', { scopes: 'users:read' }],
      ['missing scopes', 'scopes', { scopes: undefined }],
      ['default_scopes outside scopes', 'default_scopes', { default_scopes: ['users:write'] }],
      ['unsupported grant type', 'grant_types', { grant_types: ['implicit'] }],
      ['no grant type', 'grant_types', { grant_types: [] }],
      ['missing grant_types', 'grant_types', { grant_types: undefined }],
      ['unknown username type', 'username_types', { username_types: ['phone'] }],
      ['access_token_ttl too low', 'access_token_ttl', { access_token_ttl: 59 }],
      ['access_token_ttl too high', 'access_token_ttl', { access_token_ttl: 86_401 }],
      ['access_token_ttl not integer', 'access_token_ttl', { access_token_ttl: 600.5 }],
      ['refresh_token_ttl too high', 'refresh_token_ttl', { refresh_token_ttl: 7_776_001 }],
      [
        'refresh_token_reuse_grace negative',
        'refresh_token_reuse_grace',
        { refresh_token_reuse_grace: -1 },
      ],
      [
        'refresh_token_reuse_grace too high',
        'refresh_token_reuse_grace',
        { refresh_token_reuse_grace: 61 },
      ],
      ['redirect URI without scheme', 'redirect_uris', { redirect_uris: ['example.test/cb'] }],
      [
        'redirect URI with fragment',
        'redirect_uris',
        { redirect_uris: ['https://example.test/cb#frag'] },
      ],
      ['captcha_required not boolean', 'captcha_required', { captcha_required: 'yes' }],
      ['unknown field', 'client_secret', { client_secret: 'chosen-by-caller' }],
    ])('rejects %s', async (_case, field, overrides) => {
      const response = await postClient(confidentialBody(overrides));

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation_failed');
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('rejects client_credentials on a public client', async () => {
      const response = await postClient(publicBody({ grant_types: ['client_credentials'] }));

      expect(response.status).toBe(400);
      expect(response.body.fields.grant_types).toEqual([
        'a public client cannot use client_credentials',
      ]);
    });

    it('rejects back-office scopes on a public client', async () => {
      const response = await postClient(publicBody({ scopes: ['profile:read', 'users:write'] }));

      expect(response.status).toBe(400);
      expect(response.body.fields.scopes).toEqual([
        'a public client cannot hold back-office scopes: users:write',
      ]);
    });

    it('answers the validation error body', async () => {
      const response = await postClient(confidentialBody({ access_token_ttl: 59 }));

      expect(response.body).toEqual({
        status: 400,
        error: 'validation_failed',
        message: 'Invalid fields: access_token_ttl',
        request_id: response.headers['x-request-id'],
        fields: { access_token_ttl: [expect.any(String)] },
      });
    });

    it('registers nothing on error', async () => {
      const clientId = uniqueCode('partner');
      await postClient(confidentialBody({ client_id: clientId, access_token_ttl: 59 }));

      const response = await getClient(clientId);

      expect(response.status).toBe(404);
    });

    it('requires clients:write', async () => {
      const { client, secret } = await createConfidentialClient(testApp, brand, {
        scopes: ['clients:read'],
      });
      const token = await clientAccessToken(testApp, client.clientId, secret);

      const response = await postClient(confidentialBody(), token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
      expect(response.headers['www-authenticate']).toContain('scope="clients:write"');
    });

    it('requires a token', async () => {
      const response = await request(testApp.server).post('/clients').send(confidentialBody());

      expect(response.status).toBe(401);
    });
  });

  describe('GET /clients', () => {
    it("lists only the caller's brand", async () => {
      const { clientId } = await registerConfidential();

      const response = await withToken(request(testApp.server).get('/clients'));
      const listed = (response.body as { client_id: string; brand: string }[]).map(
        (client) => client.client_id,
      );

      expect(response.status).toBe(200);
      expect(listed).toContain(clientId);
      expect(listed).not.toContain(otherClientId);
    });

    it('lists clients of one brand', async () => {
      const response = await withToken(request(testApp.server).get('/clients'));
      const brands = new Set((response.body as { brand: string }[]).map((client) => client.brand));

      expect([...brands]).toEqual([brand.code]);
    });

    it('never lists a secret', async () => {
      const { secret } = await registerConfidential();

      const response = await withToken(request(testApp.server).get('/clients'));

      expect(response.text).not.toContain(secret);
      expect(response.text).not.toContain('secret');
    });

    it('requires clients:read', async () => {
      const { client, secret } = await createConfidentialClient(testApp, brand, {
        scopes: ['users:read'],
      });
      const token = await clientAccessToken(testApp, client.clientId, secret);

      const response = await withToken(request(testApp.server).get('/clients'), token);

      expect(response.status).toBe(403);
      expect(response.headers['www-authenticate']).toContain('scope="clients:read"');
    });
  });

  describe('GET /clients/:client_id', () => {
    it('returns the client fields', async () => {
      const { clientId } = await registerConfidential();

      const response = await getClient(clientId);

      expect(response.status).toBe(200);
      expect(Object.keys(response.body).sort()).toEqual(CLIENT_FIELDS);
    });

    it('never shows the secret', async () => {
      const { clientId, secret } = await registerConfidential();

      const response = await getClient(clientId);

      expect(response.text).not.toContain(secret);
    });

    it('answers 404 for an unknown client', async () => {
      const response = await getClient(uniqueCode('missing'));

      expect(response.status).toBe(404);
      expect(response.body.error).toBe('not_found');
    });

    it("answers 404 for another brand's client", async () => {
      const response = await getClient(otherClientId);

      expect(response.status).toBe(404);
      expect(response.body.error).toBe('not_found');
    });
  });

  describe('PATCH /clients/:client_id', () => {
    it('changes the given settings', async () => {
      const { clientId } = await registerConfidential();

      const response = await patchClient(clientId, {
        name: 'Renamed',
        scopes: ['users:read', 'users:write'],
        default_scopes: ['users:read'],
      });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        client_id: clientId,
        name: 'Renamed',
        scopes: ['users:read', 'users:write'],
        default_scopes: ['users:read'],
        access_token_ttl: 1800,
      });
    });

    it.each([
      ['grant_types', { grant_types: ['password'] }],
      ['scopes', { scopes: ['clients:read'] }],
    ])('keeps its own admin %s', async (field, change) => {
      const own = await createConfidentialClient(testApp, brand);
      const ownToken = await clientAccessToken(testApp, own.client.clientId, own.secret);

      const response = await patchClient(own.client.clientId, change, ownToken);

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('sets the refresh token reuse grace', async () => {
      const { clientId } = await registerConfidential();

      const response = await patchClient(clientId, { refresh_token_reuse_grace: 10 });
      const read = await getClient(clientId);

      expect(response.status).toBe(200);
      expect(response.body.refresh_token_reuse_grace).toBe(10);
      expect(read.body.refresh_token_reuse_grace).toBe(10);
    });

    it('sets the next token lifetime', async () => {
      const { clientId, secret } = await registerConfidential();

      await patchClient(clientId, { access_token_ttl: 600 });
      const response = await requestClientCredentials(testApp, clientId, secret);

      expect(response.body.expires_in).toBe(600);
    });

    it('limits the next token to new scopes', async () => {
      const { clientId, secret } = await registerConfidential({ scopes: ['users:read'] });

      await patchClient(clientId, { scopes: ['users:write'], default_scopes: ['users:write'] });
      const response = await requestClientCredentials(testApp, clientId, secret, 'users:read');

      expect(response.body.error).toBe('invalid_scope');
    });

    it('accepts an empty body', async () => {
      const { clientId } = await registerConfidential();

      const response = await patchClient(clientId, {});

      expect(response.status).toBe(200);
      expect(response.body.name).toBe('Partner server');
    });

    it.each<[string, string, Record<string, unknown>]>([
      ['default_scopes outside scopes', 'default_scopes', { default_scopes: ['clients:read'] }],
      ['scopes dropping a default', 'default_scopes', { scopes: ['users:write'] }],
      ['unsupported grant type', 'grant_types', { grant_types: ['implicit'] }],
      ['access_token_ttl too high', 'access_token_ttl', { access_token_ttl: 86_401 }],
      ['null name', 'name', { name: null }],
      ['null grant_types', 'grant_types', { grant_types: null }],
      ['null access_token_ttl', 'access_token_ttl', { access_token_ttl: null }],
      ['null captcha_required', 'captcha_required', { captcha_required: null }],
      ['client_id change', 'client_id', { client_id: uniqueCode('renamed') }],
      ['type change', 'type', { type: 'public' }],
    ])('rejects %s', async (_case, field, body) => {
      const { clientId } = await registerConfidential();

      const response = await patchClient(clientId, body);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('validation_failed');
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('rejects client_credentials on a public client', async () => {
      const app = await createAppClient(testApp, brand);

      const response = await patchClient(app.clientId, {
        grant_types: ['password', 'client_credentials'],
      });

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['grant_types']);
    });

    it("answers 404 for another brand's client", async () => {
      const response = await patchClient(otherClientId, { name: 'Taken over' });

      expect(response.status).toBe(404);
    });

    it("leaves another brand's client unchanged", async () => {
      await patchClient(otherClientId, { name: 'Taken over' });

      const response = await getClient(otherClientId, otherAdminToken);

      expect(response.body.name).toBe('Back office');
    });

    it('requires clients:write', async () => {
      const { client, secret } = await createConfidentialClient(testApp, brand, {
        scopes: ['clients:read'],
      });
      const token = await clientAccessToken(testApp, client.clientId, secret);

      const response = await patchClient(client.clientId, { name: 'Renamed' }, token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });

  describe('POST /clients/:client_id/secret', () => {
    it('returns a new secret', async () => {
      const { clientId, secret } = await registerConfidential();

      const response = await rotateSecret(clientId);

      expect(response.status).toBe(200);
      expect(response.body.client_id).toBe(clientId);
      expect(response.body.client_secret).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(response.body.client_secret).not.toBe(secret);
    });

    it('sends Cache-Control no-store', async () => {
      const { clientId } = await registerConfidential();

      const response = await rotateSecret(clientId);

      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('rejects the old secret', async () => {
      const { clientId, secret } = await registerConfidential();

      await rotateSecret(clientId);
      const response = await requestClientCredentials(testApp, clientId, secret);

      expect(response.status).toBe(401);
      expect(response.body.error).toBe('invalid_client');
    });

    it('accepts the new secret', async () => {
      const { clientId } = await registerConfidential();

      const rotated = await rotateSecret(clientId);
      const response = await requestClientCredentials(
        testApp,
        clientId,
        rotated.body.client_secret,
      );

      expect(response.status).toBe(200);
    });

    it('answers 409 for a public client', async () => {
      const app = await createAppClient(testApp, brand);

      const response = await rotateSecret(app.clientId);

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('conflict');
    });

    it("answers 404 for another brand's client", async () => {
      const response = await rotateSecret(otherClientId);

      expect(response.status).toBe(404);
    });

    it('requires clients:write', async () => {
      const { client, secret } = await createConfidentialClient(testApp, brand, {
        scopes: ['clients:read'],
      });
      const token = await clientAccessToken(testApp, client.clientId, secret);

      const response = await rotateSecret(client.clientId, token);

      expect(response.status).toBe(403);
      expect(response.body.error).toBe('insufficient_scope');
    });
  });
});
