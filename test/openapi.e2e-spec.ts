import request from 'supertest';

import { startTestApp, TestApp } from './helpers/test-app';

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes: Record<string, Record<string, unknown>>;
    schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
  };
}

/** Every route as path, method and required scope, which is undefined on public routes. */
const ROUTES: [string, string, string | undefined][] = [
  ['/oauth/token', 'post', undefined],
  ['/oauth', 'post', undefined],
  ['/oauth/revoke', 'post', undefined],
  ['/oauth/introspect', 'post', undefined],
  ['/users/me', 'get', 'profile:read'],
  ['/users/me', 'patch', 'profile:write'],
  ['/users', 'post', 'users:write'],
  ['/users/activation/resend', 'post', undefined],
  ['/users/{id}', 'get', 'users:read'],
  ['/clients', 'post', 'clients:write'],
  ['/clients', 'get', 'clients:read'],
  ['/clients/{client_id}', 'get', 'clients:read'],
  ['/clients/{client_id}', 'patch', 'clients:write'],
  ['/clients/{client_id}/secret', 'post', 'clients:write'],
  ['/.well-known/jwks.json', 'get', undefined],
  ['/.well-known/oauth-authorization-server', 'get', undefined],
  ['/health', 'get', undefined],
  ['/audit-events', 'get', 'audit:read'],
  ['/wallet', 'get', 'wallet:read'],
  ['/wallet/ledger', 'get', 'wallet:read'],
  ['/wallets/{user_id}', 'get', 'wallets:read'],
  ['/wallets/{user_id}/verify', 'get', 'wallets:read'],
  ['/wallets/{user_id}/adjustments', 'post', 'wallets:write'],
  ['/payment-methods', 'post', 'payment-methods:write'],
  ['/payment-methods/{id}', 'patch', 'payment-methods:write'],
  ['/transactions', 'post', 'transactions:write'],
  ['/transactions', 'get', 'transactions:read'],
  ['/transactions/{id}', 'get', 'transactions:read'],
  ['/transactions/{id}', 'patch', 'transactions:write'],
  ['/transactions/{id}/approve', 'post', 'transactions:approve'],
  ['/transactions/{id}/decline', 'post', 'transactions:approve'],
  ['/users/me/sessions', 'get', 'profile:read'],
  ['/users/me/sessions/current', 'delete', 'profile:write'],
  ['/users/me/sessions/{id}', 'delete', 'profile:write'],
  ['/users/me/password', 'post', 'profile:write'],
  ['/users/me/self-exclusion', 'post', 'profile:write'],
  ['/users/me/limits', 'get', 'limits:read'],
  ['/users/me/limits', 'put', 'limits:write'],
  ['/games', 'post', 'games:write'],
  ['/games/{id}', 'patch', 'games:write'],
  ['/game-sessions', 'post', 'game-sessions:write'],
  ['/game-sessions', 'get', 'game-sessions:read'],
  ['/game-sessions/{id}', 'get', 'game-sessions:read'],
  ['/game-sessions/{id}/rounds', 'post', 'rounds:write'],
  ['/keys/rotate', 'post', 'keys:write'],
  // Open to any token of the brand, so a test of its own checks its security.
  ['/games', 'get', undefined],
  // Accepts either of two scopes, so a test of its own checks its security.
  ['/game-sessions/{id}', 'patch', undefined],
  // Authenticated by the provider's HMAC signature, not a bearer token.
  ['/payments/callbacks/{provider}', 'post', undefined],
  // Needs a bearer token but no scope, so a test of its own checks its security.
  ['/oauth/logout', 'post', undefined],
  // Accepts either of two scopes, so a test of its own checks its security.
  ['/payment-methods', 'get', undefined],
];

/** Protected routes that also serve anonymous requests, such as a player's registration. */
const ANONYMOUS_ALLOWED = new Set(['post /users']);

const PROTECTED_ROUTES = ROUTES.filter(
  (route): route is [string, string, string] => route[2] !== undefined,
);

describe('OpenAPI document', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    testApp = await startTestApp();
    document = (await request(testApp.server).get('/docs-json')).body as OpenApiDocument;
  });

  afterAll(async () => {
    await testApp.close();
  });

  function operation(path: string, method: string): OpenApiOperation | undefined {
    return document.paths[path]?.[method];
  }

  function schemaProperties(name: string): string[] {
    return Object.keys(document.components.schemas[name]?.properties ?? {}).sort();
  }

  describe('Swagger UI', () => {
    it('serves HTML at /docs', async () => {
      const response = await request(testApp.server).get('/docs');

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('swagger-ui');
    });

    it('loads every script and stylesheet', async () => {
      const html = (await request(testApp.server).get('/docs')).text;
      const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map(
        (match) => new URL(match[1], 'http://127.0.0.1/docs').pathname,
      );

      const statuses = await Promise.all(
        assets.map(async (path) => [path, (await request(testApp.server).get(path)).status]),
      );

      expect(assets.length).toBeGreaterThan(0);
      expect(statuses).toEqual(assets.map((path) => [path, 200]));
    });

    it('has no inline script', async () => {
      const html = (await request(testApp.server).get('/docs')).text;

      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });
  });

  describe('GET /docs-json', () => {
    it('serves the document', async () => {
      const response = await request(testApp.server).get('/docs-json');

      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body.openapi).toMatch(/^3\./);
    });

    it('lists exactly the routes', () => {
      const listed = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((method) => `${method} ${path}`),
      );

      expect(listed.sort()).toEqual(ROUTES.map(([path, method]) => `${method} ${path}`).sort());
    });

    it('has the bearer scheme', () => {
      expect(document.components.securitySchemes.bearer).toEqual({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
      });
    });

    it('has the OAuth2 password flow', () => {
      const flows = document.components.securitySchemes.oauth2.flows as Record<
        string,
        { tokenUrl: string; scopes: Record<string, string> }
      >;

      expect(document.components.securitySchemes.oauth2.type).toBe('oauth2');
      expect(flows.password.tokenUrl).toBe('/oauth/token');
      expect(Object.keys(flows.password.scopes).sort()).toEqual([
        'audit:read',
        'clients:read',
        'clients:write',
        'game-sessions:read',
        'game-sessions:write',
        'games:write',
        'keys:write',
        'limits:read',
        'limits:write',
        'payment-methods:write',
        'profile:read',
        'profile:write',
        'rounds:write',
        'tokens:introspect',
        'transactions:approve',
        'transactions:read',
        'transactions:write',
        'users:read',
        'users:write',
        'wallet:read',
        'wallets:read',
        'wallets:write',
      ]);
    });

    it.each(PROTECTED_ROUTES)('secures %s %s', (path, method, scope) => {
      const anonymous = ANONYMOUS_ALLOWED.has(`${method} ${path}`) ? [{}] : [];

      expect(operation(path, method)?.security).toEqual([
        ...anonymous,
        { bearer: [] },
        { oauth2: [scope] },
      ]);
    });

    it('secures logout without a scope', () => {
      expect(operation('/oauth/logout', 'post')?.security).toEqual([
        { bearer: [] },
        { oauth2: [] },
      ]);
    });

    it('secures payment methods with either scope', () => {
      expect(operation('/payment-methods', 'get')?.security).toEqual([
        { bearer: [] },
        { oauth2: ['transactions:read'] },
        { oauth2: ['payment-methods:write'] },
      ]);
    });

    it('secures the games list without a scope', () => {
      expect(operation('/games', 'get')?.security).toEqual([{ bearer: [] }, { oauth2: [] }]);
    });

    it('secures ending a session with either scope', () => {
      expect(operation('/game-sessions/{id}', 'patch')?.security).toEqual([
        { bearer: [] },
        { oauth2: ['game-sessions:write'] },
        { oauth2: ['rounds:write'] },
      ]);
    });

    it.each(PROTECTED_ROUTES)('documents 401 and 403 of %s %s', (path, method) => {
      const responses = operation(path, method)?.responses ?? {};

      expect(responses['401']?.content?.['application/json'].schema.$ref).toBe(
        '#/components/schemas/ApiErrorDto',
      );
      expect(responses['403']?.content?.['application/json'].schema.$ref).toBe(
        '#/components/schemas/ApiErrorDto',
      );
    });

    it('documents OAuth errors of the token endpoint', () => {
      const responses = operation('/oauth/token', 'post')?.responses ?? {};

      expect(responses['400']?.content?.['application/json'].schema.$ref).toBe(
        '#/components/schemas/OAuthErrorDto',
      );
    });

    it('documents the token request body', () => {
      const body = operation('/oauth/token', 'post')?.requestBody?.content ?? {};

      expect(Object.keys(body).sort()).toEqual([
        'application/json',
        'application/x-www-form-urlencoded',
      ]);
    });

    it.each<[string, string, string]>([
      ['/users/me', 'patch', '409'],
      ['/users', 'post', '409'],
      ['/users/{id}', 'get', '404'],
      ['/clients', 'post', '409'],
      ['/clients/{client_id}', 'get', '404'],
      ['/clients/{client_id}/secret', 'post', '409'],
      ['/transactions', 'post', '422'],
      ['/transactions/{id}', 'patch', '409'],
      ['/transactions/{id}/approve', 'post', '409'],
      ['/transactions/{id}/decline', 'post', '409'],
      ['/payments/callbacks/{provider}', 'post', '401'],
      ['/payments/callbacks/{provider}', 'post', '404'],
    ])('documents %s %s %s', (path, method, status) => {
      expect(operation(path, method)?.responses[status]).toBeDefined();
    });
  });

  describe('DTO schemas', () => {
    it('describes the identity', () => {
      expect(schemaProperties('IdentityDto')).toEqual([
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
      ]);
    });

    it('describes the token response', () => {
      expect(schemaProperties('TokenResponseDto')).toEqual([
        'access_token',
        'expires_in',
        'identity',
        'refresh_token',
        'scope',
        'token_type',
      ]);
    });

    it('describes the token request', () => {
      expect(schemaProperties('TokenRequestDto')).toEqual([
        'captcha',
        'client_id',
        'client_secret',
        'code',
        'grant_type',
        'password',
        'refresh_token',
        'scope',
        'username',
      ]);
    });

    it('describes the API error', () => {
      expect(schemaProperties('ApiErrorDto')).toEqual([
        'error',
        'fields',
        'message',
        'request_id',
        'status',
      ]);
    });

    it('describes the OAuth error', () => {
      expect(schemaProperties('OAuthErrorDto')).toEqual(['error', 'error_description']);
    });

    it('describes the player creation', () => {
      expect(document.components.schemas.CreateUserDto.required?.sort()).toEqual([
        'accepted_terms',
        'birthday',
        'country',
        'currency',
        'email',
        'first_name',
        'gender',
        'language',
        'last_name',
        'password',
      ]);
    });

    it('describes the registration', () => {
      expect(document.components.schemas.RegisterUserDto.required?.sort()).toEqual([
        'accepted_terms',
        'address',
        'birthday',
        'city',
        'client_id',
        'country',
        'currency',
        'email',
        'first_name',
        'gender',
        'language',
        'last_name',
        'mobile_code',
        'mobile_number',
        'password',
        'postcode',
        'receive_news',
        'receive_sms',
      ]);
    });

    it('describes the profile change', () => {
      expect(schemaProperties('UpdateProfileDto')).toEqual([
        'address',
        'city',
        'email',
        'first_name',
        'gender',
        'language',
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
      ]);
    });

    it('describes the client registration', () => {
      expect(document.components.schemas.CreateClientDto.required?.sort()).toEqual([
        'client_id',
        'grant_types',
        'name',
        'scopes',
        'type',
      ]);
    });

    it('describes the client settings', () => {
      expect(schemaProperties('UpdateClientDto')).toEqual([
        'access_token_ttl',
        'captcha_required',
        'default_scopes',
        'grant_types',
        'name',
        'redirect_uris',
        'refresh_token_ttl',
        'scopes',
        'username_types',
      ]);
    });

    it('describes the client without secret', () => {
      expect(schemaProperties('ClientResponseDto')).not.toContain('client_secret');
    });

    it('describes the secret once', () => {
      expect(schemaProperties('ClientWithSecretResponseDto')).toContain('client_secret');
    });

    it('describes the transaction', () => {
      expect(schemaProperties('TransactionDto')).toEqual([
        '_links',
        'action',
        'amount',
        'currency',
        'id',
        'method_id',
        'provider_id',
        'redirect_url',
        'start_date',
        'status',
        'type',
      ]);
    });

    it('uses snake_case property names', () => {
      const names = Object.values(document.components.schemas).flatMap((schema) =>
        Object.keys(schema.properties ?? {}),
      );

      // `_links` is the HAL name of a resource's links, as the transactions schema has it.
      const conventional = names.filter((name) => name !== '_links');
      expect(conventional.filter((name) => !/^[a-z]+(_[a-z]+)*$/.test(name))).toEqual([]);
    });
  });
});
