import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

import request, { Response } from 'supertest';

import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { createAppClient, createBrand, createPlayer, PLAYER_PASSWORD } from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const CAPTCHA_SECRET = 'stub-captcha-secret';
const SOLVED = 'solved-captcha';

/**
 * A reCAPTCHA-compatible verification service on 127.0.0.1: `/verify` returns success for the
 * response SOLVED, `/broken` fails with status 500, and `/hang` never responds.
 */
class CaptchaStub {
  readonly requests: URLSearchParams[] = [];
  private readonly server: Server = createServer((req, res) => this.handle(req, res));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.url === '/hang') {
        return;
      }
      if (req.url === '/broken') {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end('internal error');
        return;
      }
      const form = new URLSearchParams(body);
      this.requests.push(form);
      const success = form.get('secret') === CAPTCHA_SECRET && form.get('response') === SOLVED;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ success }));
    });
  }
}

/** Returns a URL on 127.0.0.1 where nothing listens. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/verify`;
}

async function setUpBrand(
  testApp: TestApp,
): Promise<{ captchaClient: ClientEntity; plainClient: ClientEntity; player: UserEntity }> {
  const brand: BrandEntity = await createBrand(testApp);
  return {
    captchaClient: await createAppClient(testApp, brand, { captcha_required: true }),
    plainClient: await createAppClient(testApp, brand),
    player: await createPlayer(testApp, brand),
  };
}

function login(
  testApp: TestApp,
  client: ClientEntity,
  player: UserEntity,
  captcha?: string,
): Promise<Response> {
  const form: Record<string, string> = {
    grant_type: 'password',
    client_id: client.clientId,
    username: player.email,
    password: PLAYER_PASSWORD,
  };
  if (captcha !== undefined) {
    form.captcha = captcha;
  }
  return request(testApp.server).post('/oauth/token').type('form').send(form);
}

describe('captcha on password grant', () => {
  const stub = new CaptchaStub();
  let testApp: TestApp;
  let captchaClient: ClientEntity;
  let plainClient: ClientEntity;
  let player: UserEntity;

  beforeAll(async () => {
    const stubUrl = await stub.start();
    testApp = await startTestApp({
      CAPTCHA_VERIFY_URL: `${stubUrl}/verify`,
      CAPTCHA_SECRET,
    });
    ({ captchaClient, plainClient, player } = await setUpBrand(testApp));
  });

  afterAll(async () => {
    await testApp.close();
    await stub.stop();
  });

  it('solved captcha logs in', async () => {
    const response = await login(testApp, captchaClient, player, SOLVED);

    expect(response.status).toBe(200);
    expect(response.body.access_token).toEqual(expect.any(String));
  });

  it('sends secret, response and remoteip', async () => {
    stub.requests.length = 0;

    await login(testApp, captchaClient, player, SOLVED);

    expect(stub.requests).toHaveLength(1);
    expect(Object.fromEntries(stub.requests[0])).toEqual({
      secret: CAPTCHA_SECRET,
      response: SOLVED,
      remoteip: '127.0.0.1',
    });
  });

  it('rejected captcha is invalid_grant', async () => {
    const response = await login(testApp, captchaClient, player, 'wrong-captcha');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_grant',
      error_description: 'The captcha response is invalid',
    });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
  ])('%s captcha is invalid_grant', async (_case, captcha) => {
    const response = await login(testApp, captchaClient, player, captcha);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_grant',
      error_description: 'captcha is required for this client and is missing',
    });
  });

  it('client without captcha skips it', async () => {
    stub.requests.length = 0;

    const response = await login(testApp, plainClient, player);

    expect(response.status).toBe(200);
    expect(stub.requests).toHaveLength(0);
  });
});

describe('captcha without verifier', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('captcha client cannot log in', async () => {
    const { captchaClient, player } = await setUpBrand(testApp);

    const response = await login(testApp, captchaClient, player, SOLVED);

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: 'invalid_grant',
      error_description:
        'This client requires a captcha, but captcha verification is not configured on this server',
    });
  });

  it('other clients log in', async () => {
    const { plainClient, player } = await setUpBrand(testApp);

    const response = await login(testApp, plainClient, player);

    expect(response.status).toBe(200);
  });
});

describe('captcha verifier unavailable', () => {
  const stub = new CaptchaStub();
  const UNAVAILABLE = {
    error: 'invalid_grant',
    error_description: 'The captcha could not be verified; try again later',
  };
  let stubUrl: string;

  beforeAll(async () => {
    stubUrl = await stub.start();
  });

  afterAll(async () => {
    await stub.stop();
  });

  it.each([
    ['unreachable', async (): Promise<string> => closedPortUrl()],
    ['timed out', (): Promise<string> => Promise.resolve(`${stubUrl}/hang`)],
    ['failing', (): Promise<string> => Promise.resolve(`${stubUrl}/broken`)],
  ])('%s verifier is invalid_grant', async (_case, verifyUrl) => {
    const testApp = await startTestApp({
      CAPTCHA_VERIFY_URL: await verifyUrl(),
      CAPTCHA_SECRET,
      CAPTCHA_TIMEOUT_MS: '200',
    });
    try {
      const { captchaClient, player } = await setUpBrand(testApp);

      const response = await login(testApp, captchaClient, player, SOLVED);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(UNAVAILABLE);
    } finally {
      await testApp.close();
    }
  });
});
