import request from 'supertest';

import { ALL_SCOPES } from '../src/common/scopes';
import { startTestApp, TestApp } from './helpers/test-app';

interface OpenApiOperation {
  summary?: string;
  parameters?: { in: string; name: string; schema?: { type?: string } }[];
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
}

interface OpenApiProperty {
  $ref?: string;
  allOf?: unknown[];
  enum?: unknown[];
  example?: unknown;
  items?: { $ref?: string };
}

interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl: string;
  scopes: Record<string, string>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    securitySchemes: Record<string, Record<string, unknown>>;
    schemas: Record<string, { properties?: Record<string, OpenApiProperty>; required?: string[] }>;
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
  ['/users/me/consents', 'get', 'profile:read'],
  ['/users/me/consents/{client_id}', 'delete', 'profile:write'],
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
  ['/bonus-offers', 'post', 'bonuses:write'],
  ['/bonus-offers', 'get', 'bonuses:write'],
  ['/bonus-offers/{id}', 'get', 'bonuses:write'],
  ['/bonus-offers/{id}', 'patch', 'bonuses:write'],
  ['/bonuses', 'get', 'bonuses:read'],
  ['/bonuses/{id}/claim', 'post', 'bonuses:claim'],
  ['/bonuses/{id}/forfeit', 'post', 'bonuses:claim'],
  // Open to any token of the brand, so a test of its own checks its security.
  ['/bonus-offers/{id}/terms', 'get', undefined],
  ['/brands/current/settings', 'get', 'brands:read'],
  ['/brands/current/settings', 'patch', 'brands:write'],
  ['/keys/rotate', 'post', 'keys:write'],
  // Open to any token of the brand, so a test of its own checks its security.
  ['/games', 'get', undefined],
  // Accepts either of two scopes, so a test of its own checks its security.
  ['/game-sessions/{id}', 'patch', undefined],
  // The login page of the authorization code flow, opened in a browser without a token.
  ['/oauth/authorize', 'get', undefined],
  // Authenticated by the provider's HMAC signature, not a bearer token.
  ['/payments/callbacks/{provider}', 'post', undefined],
  // Needs a bearer token but no scope, so a test of its own checks its security.
  ['/oauth/logout', 'post', undefined],
  // Accepts either of two scopes, so a test of its own checks its security.
  ['/payment-methods', 'get', undefined],
];

/** Protected routes that also serve anonymous requests, such as a player's registration. */
const ANONYMOUS_ALLOWED = new Set(['post /users']);

/** Successful responses without a body besides 204: RFC 7009 §2.2 revocation returns 200 empty. */
const EMPTY_SUCCESS = new Set(['post /oauth/revoke']);

/** Terminus reports each failed check in its own body, which monitoring reads as it is. */
const OWN_ERROR_BODY = new Set(['get /health 503']);

const API_ERROR = '#/components/schemas/ApiErrorDto';
const OAUTH_ERROR = '#/components/schemas/OAuthErrorDto';

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
        'bonuses:claim',
        'bonuses:read',
        'bonuses:write',
        'brands:read',
        'brands:write',
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

    it('secures bonus terms without a scope', () => {
      expect(operation('/bonus-offers/{id}/terms', 'get')?.security).toEqual([
        { bearer: [] },
        { oauth2: [] },
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

    it('names every grant in the token summary', async () => {
      const metadata = await request(testApp.server).get('/.well-known/oauth-authorization-server');
      const summary = operation('/oauth/token', 'post')?.summary ?? '';
      const grants = metadata.body.grant_types_supported as string[];

      expect(grants.filter((grant) => !summary.includes(grant))).toEqual([]);
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

  describe('every operation', () => {
    interface Listed {
      name: string;
      path: string;
      op: OpenApiOperation;
    }

    function everyOperation(): Listed[] {
      return Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, path, op })),
      );
    }

    function isSecured(op: OpenApiOperation): boolean {
      return (op.security ?? []).some((requirement) => 'bearer' in requirement);
    }

    /** Returns the error schema of a route: RFC 6749 §5.2 on OAuth endpoints, not on bearer routes. */
    function expectedErrorSchema(path: string, op: OpenApiOperation): string {
      return path.startsWith('/oauth') && !isSecured(op) ? OAUTH_ERROR : API_ERROR;
    }

    it('has a summary', () => {
      const missing = everyOperation().filter(({ op }) => !op.summary?.trim());

      expect(missing.map(({ name }) => name)).toEqual([]);
    });

    it('has a 2xx response with a schema', () => {
      const missing = everyOperation().filter(({ name, op }) => {
        const success = Object.keys(op.responses).filter((status) => status.startsWith('2'));
        const redirects = Object.keys(op.responses).filter((status) => status.startsWith('3'));
        const withoutBody = success.filter(
          (status) => status !== '204' && !hasSchema(op.responses[status].content),
        );
        const handled = success.length + redirects.length;
        return handled === 0 || (withoutBody.length > 0 && !EMPTY_SUCCESS.has(name));
      });

      expect(missing.map(({ name }) => name)).toEqual([]);
    });

    it('gives every error response its body shape', () => {
      const wrong = everyOperation().flatMap(({ name, path, op }) =>
        Object.entries(op.responses)
          .filter(([status]) => /^[45]/.test(status))
          .filter(([status]) => !OWN_ERROR_BODY.has(`${name} ${status}`))
          .filter(([, response]) => !hasErrorBody(response.content, expectedErrorSchema(path, op)))
          .map(([status]) => `${name} ${status}`),
      );

      expect(wrong).toEqual([]);
    });

    it('documents 401 and 403 when secured', () => {
      const missing = everyOperation()
        .filter(({ op }) => isSecured(op))
        .flatMap(({ name, op }) =>
          ['401', '403'].filter((status) => !op.responses[status]).map((s) => `${name} ${s}`),
        );

      expect(missing).toEqual([]);
    });

    it('documents 400 when it takes input', () => {
      const missing = everyOperation().filter(
        ({ op }) => (op.parameters?.length || op.requestBody) && !op.responses['400'],
      );

      expect(missing.map(({ name }) => name)).toEqual([]);
    });

    it('gives every parameter a type', () => {
      const untyped = everyOperation().flatMap(({ name, op }) =>
        (op.parameters ?? [])
          .filter((parameter) => parameter.schema?.type === undefined)
          .map((parameter) => `${name} ${parameter.name}`),
      );

      expect(untyped).toEqual([]);
    });

    it('documents 404 when the path names a resource', () => {
      const missing = everyOperation().filter(
        ({ op }) =>
          op.parameters?.some((parameter) => parameter.in === 'path') && !op.responses['404'],
      );

      expect(missing.map(({ name }) => name)).toEqual([]);
    });
  });

  describe('OAuth2 flows', () => {
    function flows(): Record<string, OAuthFlow> {
      return document.components.securitySchemes.oauth2.flows as Record<string, OAuthFlow>;
    }

    it('offers the flows Swagger UI can run', () => {
      expect(Object.keys(flows()).sort()).toEqual([
        'authorizationCode',
        'clientCredentials',
        'password',
      ]);
    });

    it('uses the authorization endpoint', () => {
      expect(flows().authorizationCode.authorizationUrl).toBe('/oauth/authorize');
      expect(flows().authorizationCode.tokenUrl).toBe('/oauth/token');
    });

    it('describes every scope in every flow', () => {
      for (const [name, flow] of Object.entries(flows())) {
        const described = Object.entries(flow.scopes)
          .filter(([, description]) => description.trim().length > 0)
          .map(([scope]) => scope);

        expect([name, described.sort()]).toEqual([name, [...ALL_SCOPES].sort()]);
      }
    });

    it('lists every scope that secures a route', () => {
      const used = Object.values(document.paths).flatMap((methods) =>
        Object.values(methods).flatMap((op) =>
          (op.security ?? []).flatMap((requirement) => requirement.oauth2 ?? []),
        ),
      );

      for (const flow of Object.values(flows())) {
        expect(used.filter((scope) => !(scope in flow.scopes))).toEqual([]);
      }
    });

    it('sends the redirect URL of the page origin', async () => {
      const response = await request(testApp.server)
        .get('/docs/swagger-ui-config.json')
        .set('Host', 'localhost:8080');

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        oauth2RedirectUrl: 'http://localhost:8080/docs/oauth2-redirect.html',
      });
    });

    it('pre-fills the demo client', async () => {
      const script = (await request(testApp.server).get('/docs/swagger-ui-init.js')).text;

      expect(script).toContain('"clientId": "xcasino-swagger-ui"');
      expect(script).toContain('"usePkceWithAuthorizationCodeGrant": true');
    });
  });

  describe('DTO schemas', () => {
    it('gives every property an example', () => {
      const missing = Object.entries(document.components.schemas).flatMap(([name, schema]) =>
        Object.entries(schema.properties ?? {})
          .filter(([, property]) => !hasExample(property))
          .map(([property]) => `${name}.${property}`),
      );

      expect(missing).toEqual([]);
    });

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
        'code_verifier',
        'grant_type',
        'password',
        'redirect_uri',
        'refresh_token',
        'scope',
        'username',
      ]);
    });

    it('describes every field of the metadata', async () => {
      const metadata = await request(testApp.server).get('/.well-known/oauth-authorization-server');

      expect(schemaProperties('AuthorizationServerMetadataDto')).toEqual(
        Object.keys(metadata.body as object).sort(),
      );
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
        'allowed_origins',
        'captcha_required',
        'default_scopes',
        'first_party',
        'grant_types',
        'name',
        'redirect_uris',
        'refresh_token_reuse_grace',
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

/** Checks for an example; references to other schemas and enums show Swagger UI a value anyway. */
function hasExample(property: OpenApiProperty): boolean {
  return (
    property.example !== undefined ||
    property.$ref !== undefined ||
    property.allOf !== undefined ||
    property.enum !== undefined ||
    property.items?.$ref !== undefined
  );
}

type Content = Record<string, { schema?: { $ref?: string } }> | undefined;

function hasSchema(content: Content): boolean {
  return Object.values(content ?? {}).some((media) => media.schema !== undefined);
}

/** Checks that a JSON error uses the expected schema, or that an HTML error page has a schema. */
function hasErrorBody(content: Content, expectedSchema: string): boolean {
  if (content?.['application/json']) {
    return content['application/json'].schema?.$ref === expectedSchema;
  }
  return content?.['text/html']?.schema !== undefined;
}
