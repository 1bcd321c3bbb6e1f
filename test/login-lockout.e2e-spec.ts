import { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { UserEntity } from '../src/users/user.entity';
import { requestClientCredentials, requestPasswordGrant } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

const LOCKOUT_SECONDS = 900;
const PLAYER_LOCKED = /^The account is temporarily locked after too many failed logins; /;
const RETRY_HINT = /retry after (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ) \(in (\d+) seconds\)$/;
const WRONG_CREDENTIALS = {
  error: 'invalid_grant',
  error_description: 'The username or password is wrong',
};

async function failLogins(
  testApp: TestApp,
  clientId: string,
  username: string,
  times: number,
): Promise<Response[]> {
  const responses: Response[] = [];
  for (let attempt = 0; attempt < times; attempt += 1) {
    responses.push(await requestPasswordGrant(testApp, clientId, username, 'wrong-password'));
  }
  return responses;
}

describe('login lockout', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;

  beforeAll(async () => {
    testApp = await startTestApp({
      MAX_LOGIN_FAILURES_PER_PLAYER: '3',
      MAX_CLIENT_AUTH_FAILURES: '3',
      LOCKOUT_SECONDS: String(LOCKOUT_SECONDS),
    });
    brand = await createBrand(testApp);
    appClient = await createAppClient(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('per player', () => {
    let player: UserEntity;
    let failures: Response[];

    beforeAll(async () => {
      player = await createPlayer(testApp, brand);
      failures = await failLogins(testApp, appClient.clientId, player.email, 3);
    });

    it('failures below limit are wrong credentials', () => {
      expect(failures[0].status).toBe(400);
      expect(failures[0].body).toEqual(WRONG_CREDENTIALS);
      expect(failures[1].body).toEqual(WRONG_CREDENTIALS);
    });

    it('failure at limit locks account', () => {
      expect(failures[2].status).toBe(400);
      expect(failures[2].body.error).toBe('invalid_grant');
      expect(failures[2].body.error_description).toMatch(PLAYER_LOCKED);
    });

    it('correct password is rejected while locked', async () => {
      const response = await requestPasswordGrant(testApp, appClient.clientId, player.email);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('invalid_grant');
      expect(response.body.error_description).toMatch(PLAYER_LOCKED);
    });

    it('description gives retry time', async () => {
      const before = Date.now();
      const response = await requestPasswordGrant(testApp, appClient.clientId, player.email);

      const [, retryAt, seconds] = RETRY_HINT.exec(response.body.error_description) ?? [];
      expect(Number(seconds)).toBeGreaterThan(LOCKOUT_SECONDS - 60);
      expect(Number(seconds)).toBeLessThanOrEqual(LOCKOUT_SECONDS);
      expect(Date.parse(retryAt)).toBeGreaterThan(before + (LOCKOUT_SECONDS - 60) * 1000);
      expect(Date.parse(retryAt)).toBeLessThanOrEqual(Date.now() + LOCKOUT_SECONDS * 1000 + 1000);
    });

    it('other identifiers keep their own count', async () => {
      const response = await requestPasswordGrant(
        testApp,
        appClient.clientId,
        player.nickname as string,
      );

      expect(response.status).toBe(200);
    });

    it('other players are not locked', async () => {
      const other = await createPlayer(testApp, brand);

      const response = await requestPasswordGrant(testApp, appClient.clientId, other.email);

      expect(response.status).toBe(200);
    });

    it('records account_locked once', async () => {
      await failLogins(testApp, appClient.clientId, player.email, 2);
      await testApp.app.get(AuditService).flush();

      const rows: unknown[] = await testApp.dataSource.query(
        `SELECT details FROM audit_events WHERE type = 'account_locked' AND user_id = $1`,
        [player.id],
      );

      expect(rows).toHaveLength(1);
    });

    it('records login_failed while locked', async () => {
      await testApp.app.get(AuditService).flush();

      const rows: unknown[] = await testApp.dataSource.query(
        `SELECT id FROM audit_events
          WHERE type = 'login_failed' AND user_id = $1 AND details->>'reason' = 'temporarily_locked'`,
        [player.id],
      );

      expect(rows.length).toBeGreaterThanOrEqual(4);
    });
  });

  it('success resets the failure count', async () => {
    const player = await createPlayer(testApp, brand);
    await failLogins(testApp, appClient.clientId, player.email, 2);
    const success = await requestPasswordGrant(testApp, appClient.clientId, player.email);

    const [, second] = await failLogins(testApp, appClient.clientId, player.email, 2);
    const after = await requestPasswordGrant(testApp, appClient.clientId, player.email);

    expect(success.status).toBe(200);
    expect(second.body).toEqual(WRONG_CREDENTIALS);
    expect(after.status).toBe(200);
  });

  it('unknown username locks alike', async () => {
    const failures = await failLogins(testApp, appClient.clientId, 'nobody@example.test', 3);

    expect(failures[1].body).toEqual(WRONG_CREDENTIALS);
    expect(failures[2].body.error).toBe('invalid_grant');
    expect(failures[2].body.error_description).toMatch(PLAYER_LOCKED);
  });

  describe('per client id', () => {
    const CLIENT_LOCKED = /^Too many failed authentications of this client; retry after /;

    it('locks client after wrong secrets', async () => {
      const { client, secret } = await createConfidentialClient(testApp, brand);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await requestClientCredentials(testApp, client.clientId, `${secret}x`);
      }

      const response = await requestClientCredentials(testApp, client.clientId, secret);

      expect(response.status).toBe(401);
      expect(response.body.error).toBe('invalid_client');
      expect(response.body.error_description).toMatch(CLIENT_LOCKED);
      expect(response.body.error_description).toMatch(RETRY_HINT);
    });

    it('wrong secrets below limit keep client', async () => {
      const { client, secret } = await createConfidentialClient(testApp, brand);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        await requestClientCredentials(testApp, client.clientId, `${secret}x`);
      }

      const response = await requestClientCredentials(testApp, client.clientId, secret);

      expect(response.status).toBe(200);
    });
  });
});

describe('login lockout per IP', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_LOGIN_FAILURES_PER_IP: '3' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('locks IP across players', async () => {
    const brand = await createBrand(testApp);
    const appClient = await createAppClient(testApp, brand);
    const players = await Promise.all([1, 2, 3, 4].map(() => createPlayer(testApp, brand)));
    for (const player of players.slice(0, 3)) {
      await failLogins(testApp, appClient.clientId, player.email, 1);
    }

    const response = await requestPasswordGrant(testApp, appClient.clientId, players[3].email);

    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
    expect(response.body.error_description).toMatch(
      /^Too many failed logins from this IP address; retry after /,
    );
  });
});

describe('login lockout expiry', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_LOGIN_FAILURES_PER_PLAYER: '2', LOCKOUT_SECONDS: '1' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('lock ends after lockout time', async () => {
    const brand = await createBrand(testApp);
    const appClient = await createAppClient(testApp, brand);
    const player = await createPlayer(testApp, brand);
    const [, locking] = await failLogins(testApp, appClient.clientId, player.email, 2);

    let response = await requestPasswordGrant(testApp, appClient.clientId, player.email);
    const deadline = Date.now() + 5000;
    while (response.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await requestPasswordGrant(testApp, appClient.clientId, player.email);
    }

    expect(locking.body.error_description).toMatch(PLAYER_LOCKED);
    expect(response.status).toBe(200);
  });
});
