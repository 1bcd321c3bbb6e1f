import { AddressInfo } from 'node:net';
import { Browser, Locator, Page } from 'playwright-core';

import { ClientsRepository } from '../src/auth-server/clients/clients.repository';
import { BootstrapReport, BootstrapService, DEMO_PLAYER } from '../src/bootstrap/bootstrap.service';
import { launchChromium, screenshotPath } from './helpers/browser';
import { startTestApp, TestApp } from './helpers/test-app';

/** Swagger UI renders from several scripts, so a cold page on a busy machine can take seconds. */
const UI_TIMEOUT_MS = 30_000;

jest.setTimeout(120_000);

describe('Swagger UI in Chromium', () => {
  let testApp: TestApp;
  let report: BootstrapReport;
  let baseUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    testApp = await startTestApp();
    report = await testApp.app.get(BootstrapService).run();
    await testApp.app.listen(0, '127.0.0.1');
    const { port } = testApp.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  beforeEach(async () => {
    page = await browser.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
  });

  afterEach(async () => {
    await page.close();
  });

  async function openDocs(): Promise<void> {
    const failedRequests: string[] = [];
    const outsideRequests: string[] = [];
    page.on('requestfailed', (request) => failedRequests.push(request.url()));
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) {
        outsideRequests.push(request.url());
      }
    });

    await page.goto(`${baseUrl}/docs`);
    await page.locator('.swagger-ui .auth-wrapper .authorize').waitFor();

    expect(failedRequests).toEqual([]);
    expect(outsideRequests).toEqual([]);
  }

  /** Finds the Authorize dialog's block for one OAuth2 flow, such as `password`. */
  function flowBlock(flow: string): Locator {
    return page.locator('.auth-container').filter({ hasText: `OAuth2, ${flow}` });
  }

  async function authorize(flow: string, fill: (block: Locator) => Promise<void>): Promise<void> {
    await page.locator('.auth-wrapper .authorize').click();
    const block = flowBlock(flow);
    await fill(block);
    const tokenResponse = page.waitForResponse((response) =>
      response.url().endsWith('/oauth/token'),
    );
    await block.locator('button.authorize').click();

    const response = await tokenResponse;
    expect([response.status(), await response.text()]).toEqual([200, expect.any(String)]);
    await block.locator('h6', { hasText: 'Authorized' }).waitFor();
    await page.screenshot({ path: screenshotPath(`swagger-ui-authorized-${flow}`) });
    await page.locator('.dialog-ux button.close-modal').click();
  }

  /** Ticks a scope; Swagger UI hides the checkbox itself behind its styled label. */
  async function checkScope(block: Locator, flow: string, scope: string): Promise<void> {
    const id = `${scope}-${flow}-checkbox-oauth2`;
    await block.locator(`label[for="${id}"]`).click();
    await expect(block.locator(`[id="${id}"]`).isChecked()).resolves.toBe(true);
  }

  /** Runs "Try it out" and "Execute" on one operation; returns the status and body shown. */
  async function tryItOut(method: string, path: string): Promise<{ status: string; body: string }> {
    const operation = page.locator(`.opblock-${method}`).filter({
      has: page.locator(`.opblock-summary-path[data-path="${path}"]`),
    });
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('button.execute').click();

    const response = operation.locator('.live-responses-table .response');
    await response.waitFor();
    await response.scrollIntoViewIfNeeded();
    return {
      status: (await response.locator('.response-col_status').innerText()).trim(),
      body: await response.locator('.response-col_description').innerText(),
    };
  }

  it('pre-fills the demo client', async () => {
    await openDocs();
    await page.locator('.auth-wrapper .authorize').click();

    const clientId = flowBlock('password').locator('#client_id_password');
    await expect(clientId.inputValue()).resolves.toBe(report.swaggerUiClientId);
  });

  it('starts the authorization code flow with PKCE', async () => {
    await openDocs();
    await page.locator('.auth-wrapper .authorize').click();
    const block = flowBlock('authorizationCode');
    await checkScope(block, 'authorizationCode', 'profile:read');

    const popupOpened = page.waitForEvent('popup');
    await block.locator('button.authorize').click();
    const popup = await popupOpened;
    await popup.waitForURL(/\/oauth\/authorize\?/);
    const url = new URL(popup.url());
    await popup.close();

    expect(url.origin + url.pathname).toBe(`${baseUrl}/oauth/authorize`);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe(report.swaggerUiClientId);
    expect(url.searchParams.get('redirect_uri')).toBe(`${baseUrl}/docs/oauth2-redirect.html`);
    expect(url.searchParams.get('scope')).toBe('profile:read');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
  });

  it('seeds the redirect URIs of the demo client', async () => {
    const client = await testApp.app
      .get(ClientsRepository)
      .findByClientId(report.swaggerUiClientId as string);
    const port = testApp.config.PORT;

    expect(client?.type).toBe('public');
    expect(client?.grantTypes).toContain('authorization_code');
    expect(client?.firstParty).toBe(true);
    expect(client?.redirectUris).toEqual([
      `http://127.0.0.1:${port}/docs/oauth2-redirect.html`,
      `http://localhost:${port}/docs/oauth2-redirect.html`,
    ]);
  });

  it('calls player routes after the password flow', async () => {
    await openDocs();

    await authorize('password', async (block) => {
      await block.locator('#oauth_username').fill(DEMO_PLAYER.email);
      await block.locator('#oauth_password').fill(DEMO_PLAYER.password);
      await checkScope(block, 'password', 'profile:read');
      await checkScope(block, 'password', 'wallet:read');
    });

    const profile = await tryItOut('get', '/users/me');
    expect(profile.status).toBe('200');
    expect(profile.body).toContain(DEMO_PLAYER.email);

    const wallet = await tryItOut('get', '/wallet');
    expect(wallet.status).toBe('200');
    expect(wallet.body).toContain('"currency": "EUR"');
    await page.screenshot({ path: screenshotPath('swagger-ui-player-call'), fullPage: false });
  });

  it('calls player routes after the authorization code flow', async () => {
    const flow = 'authorizationCode';
    await openDocs();
    await page.locator('.auth-wrapper .authorize').click();
    const block = flowBlock(flow);
    for (const scope of ['profile:read', 'wallet:read', 'bonuses:read']) {
      await checkScope(block, flow, scope);
    }

    const popupOpened = page.waitForEvent('popup');
    await block.locator('button.authorize').click();
    const popup = await popupOpened;
    await popup.locator('#username').waitFor();
    await popup.screenshot({ path: screenshotPath('swagger-ui-login-page') });
    await popup.locator('#username').fill(DEMO_PLAYER.email);
    await popup.locator('#password').fill(DEMO_PLAYER.password);
    const tokenResponse = page.waitForResponse((response) =>
      response.url().endsWith('/oauth/token'),
    );
    const popupClosed = popup.waitForEvent('close');
    await popup.locator('button[type="submit"]').click();

    const response = await tokenResponse;
    await popupClosed;
    const exchange = new URLSearchParams(response.request().postData() ?? '');
    expect(response.status()).toBe(200);
    expect(exchange.get('grant_type')).toBe('authorization_code');
    expect(exchange.get('code_verifier')).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
    expect(exchange.get('redirect_uri')).toBe(`${baseUrl}/docs/oauth2-redirect.html`);
    await block.locator('h6', { hasText: 'Authorized' }).waitFor();
    await page.locator('.dialog-ux button.close-modal').click();

    const profile = await tryItOut('get', '/users/me');
    expect(profile.status).toBe('200');
    expect(profile.body).toContain(DEMO_PLAYER.email);

    const wallet = await tryItOut('get', '/wallet');
    expect(wallet.status).toBe('200');
    expect(wallet.body).toContain('"currency": "EUR"');

    const bonuses = await tryItOut('get', '/bonuses');
    expect(bonuses.status).toBe('200');
    expect(bonuses.body).toContain('"data"');
    await page.screenshot({ path: screenshotPath('swagger-ui-authorization-code-call') });
  });

  it('calls back-office routes after client credentials', async () => {
    const backOffice = report.backOffice as { clientId: string; secret: string };
    await openDocs();

    await authorize('clientCredentials', async (block) => {
      await block.locator('#client_id_clientCredentials').fill(backOffice.clientId);
      await block.locator('#client_secret_clientCredentials').fill(backOffice.secret);
      await checkScope(block, 'clientCredentials', 'clients:read');
    });

    const clients = await tryItOut('get', '/clients');
    expect(clients.status).toBe('200');
    expect(clients.body).toContain(report.swaggerUiClientId);
    await page.screenshot({ path: screenshotPath('swagger-ui-back-office-call') });
  });
});
