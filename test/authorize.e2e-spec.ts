import request from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import {
  authorizationQuery,
  createCodeClient,
  openLoginPage,
  pkcePair,
  REDIRECT_URI,
  redirectParams,
  submitLogin,
} from './helpers/authorize';
import { createBrand, createPlayer } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** Starting an app clones a database and runs its start-up, which takes seconds on a busy machine. */
jest.setTimeout(60_000);

describe('authorization endpoint', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let client: ClientEntity;
  let player: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    client = await createCodeClient(testApp, brand, {
      redirect_uris: [REDIRECT_URI, 'http://127.0.0.1/callback', 'http://[::1]/callback'],
    });
    player = await createPlayer(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('login page shows the brand and a protected form', async () => {
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));

    expect(page.response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.response.text).toContain(`Sign in to ${brand.name}`);
    expect(page.response.text).toContain('name="username"');
    expect(page.response.text).toContain('name="password"');
    expect(page.response.text).toContain('<button type="submit">Sign in</button>');
    expect(page.response.text).toContain('<label for="username">');
    expect(page.response.text).not.toContain('<script');
    expect(page.fields.csrf_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(page.cookie).toMatch(/^authorize_csrf=/);
    expect(page.response.headers['set-cookie'][0]).toContain('HttpOnly');
    expect(page.response.headers['set-cookie'][0]).toContain('SameSite=Strict');
    expect(page.response.headers['x-frame-options']).toBe('DENY');
    expect(page.response.headers['cache-control']).toBe('no-store');
    const csp = page.response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://app.example.test");
    expect(csp).not.toContain('script-src');
  });

  it('username label follows the username types', async () => {
    const emailOnly = await createCodeClient(testApp, brand, { username_types: ['email'] });
    const emailOrNickname = await createCodeClient(testApp, brand, {
      username_types: ['email', 'nickname'],
    });

    const first = await openLoginPage(testApp, authorizationQuery(emailOnly, pkcePair()));
    const second = await openLoginPage(testApp, authorizationQuery(emailOrNickname, pkcePair()));

    expect(first.response.text).toContain('<label for="username">Email</label>');
    expect(second.response.text).toContain('<label for="username">Email or nickname</label>');
  });

  it('login redirects with code, state and iss', async () => {
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
    const response = await submitLogin(testApp, page, player.email);

    expect(response.status).toBe(303);
    const location = new URL(response.headers.location);
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.get('iss')).toBe(testApp.config.issuer);
  });

  it('login accepts nickname and mobile number', async () => {
    for (const username of [
      player.nickname as string,
      `${player.mobileCode}${player.mobileNumber}`,
    ]) {
      const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
      const response = await submitLogin(testApp, page, username);
      expect(response.status).toBe(303);
    }
  });

  it('wrong password shows the page again', async () => {
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
    const response = await submitLogin(testApp, page, player.email, 'wrong-password-123');

    expect(response.status).toBe(400);
    expect(response.text).toContain('role="alert"');
    expect(response.text).toContain('The username or password is wrong');
    expect(response.text).toContain(`value="${player.email}"`);
    expect(response.headers.location).toBeUndefined();
  });

  it('login without the CSRF token is rejected', async () => {
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
    const response = await request(testApp.server)
      .post('/oauth/authorize')
      .set('Cookie', page.cookie)
      .type('form')
      .send({ ...page.fields, csrf_token: 'forged', username: player.email, password: 'x' });

    expect(response.status).toBe(400);
    expect(response.text).toContain('was not sent from this site');
    expect(response.headers.location).toBeUndefined();
  });

  it('login without the CSRF cookie is rejected', async () => {
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
    const response = await request(testApp.server)
      .post('/oauth/authorize')
      .type('form')
      .send({ ...page.fields, username: player.email, password: 'x' });

    expect(response.status).toBe(400);
    expect(response.text).toContain('was not sent from this site');
  });

  it('unknown client shows an error page', async () => {
    const response = await request(testApp.server)
      .get('/oauth/authorize')
      .query({ ...authorizationQuery(client, pkcePair()), client_id: 'no-such-client' });

    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.text).toContain('The client is unknown.');
  });

  it.each([
    ['unregistered', 'https://evil.example.test/callback'],
    ['other path', 'https://app.example.test/callback/other'],
    ['extra query', 'https://app.example.test/callback?x=1'],
    ['localhost', 'http://localhost:8080/callback'],
    ['loopback https', 'https://127.0.0.1:8080/callback'],
    ['loopback other path', 'http://127.0.0.1:8080/other'],
  ])('redirect_uri %s shows an error page', async (_name, redirectUri) => {
    const response = await request(testApp.server)
      .get('/oauth/authorize')
      .query({ ...authorizationQuery(client, pkcePair()), redirect_uri: redirectUri });

    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
    expect(response.text).toContain('redirect_uri is not registered for this client.');
  });

  it('missing redirect_uri shows an error page', async () => {
    const query = authorizationQuery(client, pkcePair());
    delete (query as Partial<typeof query>).redirect_uri;
    const response = await request(testApp.server).get('/oauth/authorize').query(query);

    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });

  it.each([
    ['http://127.0.0.1:49152/callback'],
    ['http://127.0.0.1:1/callback'],
    ['http://[::1]:61000/callback'],
  ])('loopback %s matches on any port', async (redirectUri) => {
    const page = await openLoginPage(testApp, {
      ...authorizationQuery(client, pkcePair()),
      redirect_uri: redirectUri,
    });
    const response = await submitLogin(testApp, page, player.email);

    expect(response.status).toBe(303);
    expect(response.headers.location).toMatch(
      new RegExp(`^${redirectUri.replace(/[[\]]/g, '\\$&')}\\?code=`),
    );
  });

  it.each([
    [
      'unsupported response_type',
      { response_type: 'token' },
      'unsupported_response_type',
      'response_type must be code',
    ],
    [
      'plain PKCE method',
      { code_challenge_method: 'plain' },
      'invalid_request',
      'code_challenge_method must be S256; plain is not supported',
    ],
    [
      'PKCE method missing',
      { code_challenge_method: '' },
      'invalid_request',
      'code_challenge_method must be S256; plain is not supported',
    ],
    [
      'public client without PKCE',
      { code_challenge: '', code_challenge_method: '' },
      'invalid_request',
      'code_challenge is required: public clients must use PKCE with the S256 method',
    ],
    [
      'malformed challenge',
      { code_challenge: 'short' },
      'invalid_request',
      'code_challenge must be 43 base64url characters (the SHA-256 of the code verifier)',
    ],
    [
      'scope outside the client',
      { scope: 'clients:write' },
      'invalid_scope',
      'Scope not allowed: clients:write',
    ],
  ])('%s redirects with the error', async (_name, extra, error, description) => {
    const response = await request(testApp.server)
      .get('/oauth/authorize')
      .query({ ...authorizationQuery(client, pkcePair()), ...extra });

    expect(response.status).toBe(302);
    const params = redirectParams(response);
    expect(params.get('error')).toBe(error);
    expect(params.get('error_description')).toBe(description);
    expect(params.get('state')).toBe('state-123');
    expect(params.get('iss')).toBe(testApp.config.issuer);
    expect(response.headers.location).toMatch(/^https:\/\/app\.example\.test\/callback\?/);
  });

  it('repeated parameter redirects with invalid_request', async () => {
    const query = new URLSearchParams(authorizationQuery(client, pkcePair()));
    query.append('scope', 'profile:read');
    query.append('scope', 'profile:write');
    const response = await request(testApp.server).get(`/oauth/authorize?${query.toString()}`);

    expect(response.status).toBe(302);
    expect(redirectParams(response).get('error')).toBe('invalid_request');
    expect(redirectParams(response).get('error_description')).toBe('scope is repeated');
  });

  it('client without the grant gets unauthorized_client', async () => {
    const passwordOnly = await createCodeClient(testApp, brand, { grant_types: ['password'] });
    const response = await request(testApp.server)
      .get('/oauth/authorize')
      .query(authorizationQuery(passwordOnly, pkcePair()));

    expect(response.status).toBe(302);
    expect(redirectParams(response).get('error')).toBe('unauthorized_client');
  });

  it('inactive player sees the status on the page', async () => {
    const pending = await createPlayer(testApp, brand, {}, 'pending');
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
    const response = await submitLogin(testApp, page, pending.email);

    expect(response.status).toBe(400);
    expect(response.text).toContain('The account is not activated yet');
  });

  it('metadata lists the authorization endpoint', async () => {
    const response = await request(testApp.server).get('/.well-known/oauth-authorization-server');
    const issuer = testApp.config.issuer;

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      code_challenge_methods_supported: ['S256'],
      authorization_response_iss_parameter_supported: true,
    });
    expect(response.body.grant_types_supported).toContain('authorization_code');
  });
});
