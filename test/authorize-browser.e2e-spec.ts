import { Browser } from 'playwright-core';
import request from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { pkcePair } from './helpers/authorize';
import { launchChromium, screenshotPath } from './helpers/browser';
import { createAppClient, createBrand, createPlayer, PLAYER_PASSWORD } from './helpers/factories';
import { freePort, startListeningApp } from './helpers/listening-app';
import { TestApp } from './helpers/test-app';

/** Starting the app and Chromium takes seconds, more on a busy machine. */
jest.setTimeout(120_000);

describe('authorization code flow in Chromium', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let browser: Browser;
  let brand: BrandEntity;
  let partner: ClientEntity;
  let player: UserEntity;
  let callbackUrl: string;

  beforeAll(async () => {
    ({ testApp, baseUrl } = await startListeningApp());
    browser = await launchChromium();
    brand = await createBrand(testApp);
    partner = await createAppClient(testApp, brand, {
      name: 'Partner Casino',
      grant_types: ['authorization_code', 'refresh_token'],
      redirect_uris: ['http://127.0.0.1/callback'],
      first_party: false,
    });
    player = await createPlayer(testApp, brand);
    // Nothing listens on this port: the browser's request to the callback is intercepted.
    callbackUrl = `http://127.0.0.1:${await freePort()}/callback`;
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  function authorizeUrl(challenge: string): string {
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: partner.clientId,
      redirect_uri: callbackUrl,
      scope: 'profile:read',
      state: 'browser-state',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    return `${baseUrl}/oauth/authorize?${query.toString()}`;
  }

  it('logs in, consents and exchanges the code', async () => {
    // Without JavaScript, to prove the pages need none.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        violations.push(message.text());
      }
    });
    let redirectedTo: string | undefined;
    await page.route(`${callbackUrl}**`, (route) => {
      redirectedTo = route.request().url();
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'Signed in' });
    });
    const pkce = pkcePair();

    await page.goto(authorizeUrl(pkce.challenge));
    await page.screenshot({ path: screenshotPath('login-page'), fullPage: true });
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByLabel('Email, nickname or mobile number').fill(player.email);
    await page.getByLabel('Password').fill(PLAYER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('button', { name: 'Allow' }).waitFor();
    await page.screenshot({ path: screenshotPath('consent-page'), fullPage: true });
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(`${callbackUrl}**`);
    await context.close();

    expect(heading).toBe(`Sign in to ${brand.name}`);
    expect(violations).toEqual([]);
    const params = new URL(redirectedTo as string).searchParams;
    expect(params.get('state')).toBe('browser-state');
    expect(params.get('iss')).toBe(baseUrl);
    const tokens = await request(testApp.server)
      .post('/oauth/token')
      .type('form')
      .send({
        grant_type: 'authorization_code',
        client_id: partner.clientId,
        code: params.get('code'),
        redirect_uri: callbackUrl,
        code_verifier: pkce.verifier,
      });
    expect(tokens.status).toBe(200);
    expect(tokens.body.scope).toBe('profile:read');
    const profile = await request(testApp.server)
      .get('/users/me')
      .set('Authorization', `Bearer ${tokens.body.access_token}`);
    expect(profile.body.email).toBe(player.email);
  });

  it('wrong password shows an alert', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        violations.push(message.text());
      }
    });

    await page.goto(authorizeUrl(pkcePair().challenge));
    // The DOM types are not loaded here, so the expression is passed as a string.
    const buttonColour = await page.evaluate<string>(
      "getComputedStyle(document.querySelector('button[type=submit]')).backgroundColor",
    );
    await page.getByLabel('Email, nickname or mobile number').fill(player.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = await page.getByRole('alert').textContent();
    const username = await page.getByLabel('Email, nickname or mobile number').inputValue();
    await context.close();

    expect(buttonColour).toBe('rgb(11, 87, 208)');
    expect(violations).toEqual([]);
    expect(alert).toBe('The username or password is wrong');
    expect(username).toBe(player.email);
  });

  it('login page refuses to load in a frame', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${callbackUrl}/framer`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<iframe src="${authorizeUrl(pkcePair().challenge)}"></iframe>`,
      }),
    );

    await page.goto(`${callbackUrl}/framer`);
    await page.waitForTimeout(500);
    const framed = page.frames().find((frame) => frame.url().includes('/oauth/authorize'));
    const framedHeading = framed ? await framed.locator('h1').count() : 0;
    await context.close();

    expect(framedHeading).toBe(0);
  });
});
