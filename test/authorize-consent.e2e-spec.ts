import request from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { playerAccessToken } from './helpers/access-tokens';
import {
  authorizationQuery,
  createCodeClient,
  exchangeCode,
  openLoginPage,
  pkcePair,
  PkcePair,
  redirectParams,
  submitConsent,
  submitLogin,
} from './helpers/authorize';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

/** Starting an app clones a database and runs its start-up, which takes seconds on a busy machine. */
jest.setTimeout(60_000);

describe('authorization consent', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let partner: ClientEntity;
  let appClientId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    partner = await createCodeClient(testApp, brand, {
      name: 'Partner Casino',
      first_party: false,
    });
    appClientId = (await createAppClient(testApp, brand)).clientId;
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function loginToPartner(player: UserEntity, pkce: PkcePair = pkcePair()) {
    const page = await openLoginPage(testApp, authorizationQuery(partner, pkce));
    return { page, response: await submitLogin(testApp, page, player.email) };
  }

  function consents(accessToken: string): request.Test {
    return request(testApp.server)
      .get('/users/me/consents')
      .set('Authorization', `Bearer ${accessToken}`);
  }

  it('third-party client shows the consent page', async () => {
    const player = await createPlayer(testApp, brand);
    const { response } = await loginToPartner(player);

    expect(response.status).toBe(200);
    expect(response.text).toContain('Partner Casino');
    expect(response.text).toContain(
      '<button type="submit" name="decision" value="allow">Allow</button>',
    );
    expect(response.text).toContain('value="deny"');
    expect(response.text).toContain('Read the player&#39;s own profile');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('deny redirects with access_denied', async () => {
    const player = await createPlayer(testApp, brand);
    const { page, response } = await loginToPartner(player);

    const denied = await submitConsent(testApp, page.cookie, response.text, 'deny');

    expect(denied.status).toBe(303);
    expect(redirectParams(denied).get('error')).toBe('access_denied');
    expect(redirectParams(denied).get('state')).toBe('state-123');
    expect(redirectParams(denied).get('code')).toBeNull();
  });

  it('allow sends a code that works', async () => {
    const player = await createPlayer(testApp, brand);
    const pkce = pkcePair();
    const { page, response } = await loginToPartner(player, pkce);

    const allowed = await submitConsent(testApp, page.cookie, response.text, 'allow');
    const code = redirectParams(allowed).get('code') as string;
    const tokens = await exchangeCode(testApp, partner, code, { code_verifier: pkce.verifier });

    expect(allowed.status).toBe(303);
    expect(tokens.status).toBe(200);
  });

  it('consent form without the cookie is rejected', async () => {
    const player = await createPlayer(testApp, brand);
    const { response } = await loginToPartner(player);
    const otherPage = await openLoginPage(testApp, authorizationQuery(partner, pkcePair()));

    const forged = await submitConsent(testApp, otherPage.cookie, response.text, 'allow');

    expect(forged.status).toBe(400);
    expect(forged.headers.location).toBeUndefined();
    expect(forged.text).toContain('The consent form expired or was not sent from this site');
  });

  it('consent is remembered, listed and withdrawn', async () => {
    const player = await createPlayer(testApp, brand);
    const first = await loginToPartner(player);
    await submitConsent(testApp, first.page.cookie, first.response.text, 'allow');

    const second = await loginToPartner(player);
    expect(second.response.status).toBe(303);
    expect(redirectParams(second.response).get('code')).not.toBeNull();

    const accessToken = await playerAccessToken(testApp, appClientId, player.email);
    const listed = await consents(accessToken);
    expect(listed.status).toBe(200);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({
      client_id: partner.clientId,
      client_name: 'Partner Casino',
      scopes: ['profile:read', 'profile:write'],
    });

    const withdrawn = await request(testApp.server)
      .delete(`/users/me/consents/${partner.clientId}`)
      .set('Authorization', `Bearer ${accessToken}`);
    expect(withdrawn.status).toBe(204);
    expect((await consents(accessToken)).body).toEqual([]);

    const third = await loginToPartner(player);
    expect(third.response.status).toBe(200);
    expect(third.response.text).toContain('Allow');
  });

  it('withdrawal ends the sessions with the client', async () => {
    const player = await createPlayer(testApp, brand);
    const pkce = pkcePair();
    const { page, response } = await loginToPartner(player, pkce);
    const allowed = await submitConsent(testApp, page.cookie, response.text, 'allow');
    const tokens = await exchangeCode(
      testApp,
      partner,
      redirectParams(allowed).get('code') as string,
      {
        code_verifier: pkce.verifier,
      },
    );
    const appToken = await playerAccessToken(testApp, appClientId, player.email);

    await request(testApp.server)
      .delete(`/users/me/consents/${partner.clientId}`)
      .set('Authorization', `Bearer ${appToken}`)
      .expect(204);

    const partnerCall = await request(testApp.server)
      .get('/users/me')
      .set('Authorization', `Bearer ${tokens.body.access_token}`);
    expect(partnerCall.status).toBe(401);
    const appCall = await request(testApp.server)
      .get('/users/me')
      .set('Authorization', `Bearer ${appToken}`);
    expect(appCall.status).toBe(200);
  });

  it('broader scope asks again', async () => {
    const player = await createPlayer(testApp, brand);
    const narrow = await openLoginPage(
      testApp,
      authorizationQuery(partner, pkcePair(), { scope: 'profile:read' }),
    );
    const consentPage = await submitLogin(testApp, narrow, player.email);
    await submitConsent(testApp, narrow.cookie, consentPage.text, 'allow');

    const broad = await openLoginPage(testApp, authorizationQuery(partner, pkcePair()));
    const response = await submitLogin(testApp, broad, player.email);

    expect(response.status).toBe(200);
    expect(response.text).toContain('Allow');
  });

  it('withdrawing an unknown consent is 404', async () => {
    const player = await createPlayer(testApp, brand);
    const accessToken = await playerAccessToken(testApp, appClientId, player.email);

    const response = await request(testApp.server)
      .delete(`/users/me/consents/${partner.clientId}`)
      .set('Authorization', `Bearer ${accessToken}`);

    expect(response.status).toBe(404);
  });

  it('first-party client skips consent', async () => {
    const firstParty = await createCodeClient(testApp, brand);
    const player = await createPlayer(testApp, brand);
    const page = await openLoginPage(testApp, authorizationQuery(firstParty, pkcePair()));

    const response = await submitLogin(testApp, page, player.email);

    expect(response.status).toBe(303);
  });

  it('captcha rule of the client applies', async () => {
    const captchaClient = await createCodeClient(testApp, brand, { captcha_required: true });
    const player = await createPlayer(testApp, brand);
    const page = await openLoginPage(testApp, authorizationQuery(captchaClient, pkcePair()));

    const response = await submitLogin(testApp, page, player.email);

    expect(page.response.text).toContain('name="captcha"');
    expect(response.status).toBe(400);
    expect(response.text).toContain('captcha is required for this client and is missing');
  });
});

describe('authorization login lockout', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_LOGIN_FAILURES_PER_PLAYER: '3' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('failures on the page lock the password grant too', async () => {
    const brand = await createBrand(testApp);
    const client = await createCodeClient(testApp, brand, {
      grant_types: ['authorization_code', 'password'],
    });
    const player = await createPlayer(testApp, brand);

    const texts: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
      texts.push((await submitLogin(testApp, page, player.email, 'wrong-password-1')).text);
    }
    const page = await openLoginPage(testApp, authorizationQuery(client, pkcePair()));
    const locked = await submitLogin(testApp, page, player.email);
    const grant = await request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'password',
      client_id: client.clientId,
      username: player.email,
      password: 'correct-horse-battery',
    });

    expect(texts[0]).toContain('The username or password is wrong');
    expect(texts[2]).toContain('The account is temporarily locked');
    expect(locked.status).toBe(400);
    expect(locked.text).toContain('The account is temporarily locked');
    expect(grant.body.error).toBe('invalid_grant');
    expect(grant.body.error_description).toMatch(/^The account is temporarily locked/);
  });
});
