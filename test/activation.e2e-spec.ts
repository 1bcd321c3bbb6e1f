import { AddressInfo } from 'node:net';

import request, { Response } from 'supertest';

import { AuditService } from '../src/audit/audit.service';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { ClientsRepository } from '../src/auth-server/clients/clients.repository';
import { BootstrapService } from '../src/bootstrap/bootstrap.service';
import { BrandEntity } from '../src/brands/brand.entity';
import { requestPasswordGrant } from './helpers/access-tokens';
import { createAppClient, createBrand, createPlayer } from './helpers/factories';
import {
  ageActivationCodes,
  createRegistrationClient,
  latestActivationCode,
  outboundMessages,
  playerStatus,
  redeemCode,
  registerPlayer,
  resendActivation,
} from './helpers/registration';
import { startTestApp, TestApp } from './helpers/test-app';

const PARALLEL_REDEMPTIONS = 20;
const INVALID_CODE = {
  error: 'invalid_grant',
  error_description: 'The activation code is invalid, expired or already used',
};
const RESEND_ACCEPTED = {
  message:
    'If a player of this brand is waiting for activation with this email, a new activation code was sent',
};

describe('activation', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let appClient: ClientEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    await testApp.app.listen(0, '127.0.0.1');
    brand = await createBrand(testApp);
    appClient = await createRegistrationClient(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  function redeem(code: string, clientId = appClient.clientId): Promise<Response> {
    return redeemCode(testApp, clientId, code);
  }

  async function usedAt(userId: string): Promise<(Date | null)[]> {
    const rows = await testApp.dataSource.query<{ used_at: Date | null }[]>(
      'SELECT used_at FROM activation_codes WHERE user_id = $1 ORDER BY created_at',
      [userId],
    );
    return rows.map((row) => row.used_at);
  }

  describe('activation_code grant', () => {
    it('answers tokens and identity', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);

      const response = await redeem(code);

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: appClient.accessTokenTtl,
        scope: 'profile:read profile:write',
        identity: { id, status: 'active' },
      });
      expect(typeof response.body.access_token).toBe('string');
      expect(typeof response.body.refresh_token).toBe('string');
    });

    it('answers with no-store', async () => {
      const { code } = await registerPlayer(testApp, appClient.clientId);

      const response = await redeem(code);

      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.pragma).toBe('no-cache');
    });

    it('activates the player', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);

      await redeem(code);

      expect(await playerStatus(testApp, id)).toBe('active');
    });

    it('issues a working access token', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      const { access_token: accessToken } = (await redeem(code)).body as { access_token: string };

      const response = await request(testApp.server)
        .get('/users/me')
        .set('Authorization', `Bearer ${accessToken}`);

      expect(response.status).toBe(200);
      expect(response.body.id).toBe(id);
      expect(response.body.status).toBe('active');
    });

    it('issues a working refresh token', async () => {
      const { code } = await registerPlayer(testApp, appClient.clientId);
      const { refresh_token: refreshToken } = (await redeem(code)).body as {
        refresh_token: string;
      };

      const response = await request(testApp.server).post('/oauth/token').type('form').send({
        grant_type: 'refresh_token',
        client_id: appClient.clientId,
        refresh_token: refreshToken,
      });

      expect(response.status).toBe(200);
    });

    it('lets the player log in after', async () => {
      const { email, code } = await registerPlayer(testApp, appClient.clientId);
      await redeem(code);

      const login = await requestPasswordGrant(testApp, appClient.clientId, email);

      expect(login.status).toBe(200);
    });

    it('records player_activated', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      await redeem(code);
      await testApp.app.get(AuditService).flush();

      const events = await testApp.dataSource.query<{ type: string }[]>(
        `SELECT type FROM audit_events
          WHERE user_id = $1 AND type IN ('player_activated', 'token_issued') ORDER BY id`,
        [id],
      );

      expect(events.map((event) => event.type)).toEqual(['player_activated', 'token_issued']);
    });

    it('rejects a reused code', async () => {
      const { code } = await registerPlayer(testApp, appClient.clientId);
      await redeem(code);

      const response = await redeem(code);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(INVALID_CODE);
    });

    it('rejects an expired code', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      await testApp.dataSource.query(
        `UPDATE activation_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [id],
      );

      const response = await redeem(code);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(INVALID_CODE);
    });

    it('keeps an expired player pending', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      await testApp.dataSource.query(
        `UPDATE activation_codes SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [id],
      );

      await redeem(code);

      expect(await playerStatus(testApp, id)).toBe('pending');
    });

    it('rejects an unknown code', async () => {
      const response = await redeem('A'.repeat(43));

      expect(response.status).toBe(400);
      expect(response.body).toEqual(INVALID_CODE);
    });

    it("rejects another brand's client", async () => {
      const otherClient = await createRegistrationClient(testApp, await createBrand(testApp));
      const { code } = await registerPlayer(testApp, appClient.clientId);

      const response = await redeem(code, otherClient.clientId);

      expect(response.status).toBe(400);
      expect(response.body).toEqual(INVALID_CODE);
    });

    it('leaves a wrong-brand code usable', async () => {
      const otherClient = await createRegistrationClient(testApp, await createBrand(testApp));
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      await redeem(code, otherClient.clientId);

      expect(await playerStatus(testApp, id)).toBe('pending');
      expect((await redeem(code)).status).toBe(200);
    });

    it('accepts another app of the brand', async () => {
      const sibling = await createRegistrationClient(testApp, brand);
      const { code } = await registerPlayer(testApp, appClient.clientId);

      const response = await redeem(code, sibling.clientId);

      expect(response.status).toBe(200);
    });

    it('keeps a locked player locked', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      await testApp.dataSource.query(`UPDATE users SET status = 'locked' WHERE id = $1`, [id]);

      const response = await redeem(code);

      expect(response.body).toEqual(INVALID_CODE);
      expect(await playerStatus(testApp, id)).toBe('locked');
      expect(await usedAt(id)).toEqual([null]);
    });

    it('requires the code', async () => {
      const response = await request(testApp.server)
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'activation_code', client_id: appClient.clientId });

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'invalid_request',
        error_description: 'code is required',
      });
    });

    it('requires the grant on the client', async () => {
      const passwordOnly = await createAppClient(testApp, brand);
      const { code } = await registerPlayer(testApp, appClient.clientId);

      const response = await redeem(code, passwordOnly.clientId);

      expect(response.status).toBe(400);
      expect(response.body.error).toBe('unauthorized_client');
    });

    it('lets exactly one parallel redemption win', async () => {
      const { id, code } = await registerPlayer(testApp, appClient.clientId);
      const { port } = testApp.server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${port}`;

      const responses = await Promise.all(
        Array.from({ length: PARALLEL_REDEMPTIONS }, () =>
          request(baseUrl)
            .post('/oauth/token')
            .type('form')
            .send({ grant_type: 'activation_code', client_id: appClient.clientId, code }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      const sessions = await testApp.dataSource.query<{ count: string }[]>(
        'SELECT count(*) FROM sessions WHERE user_id = $1',
        [id],
      );

      expect(statuses).toEqual([200, ...Array<number>(PARALLEL_REDEMPTIONS - 1).fill(400)]);
      expect(sessions).toEqual([{ count: '1' }]);
    });
  });

  describe('POST /users/activation/resend', () => {
    it('answers 202', async () => {
      const { id, email } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);

      const response = await resendActivation(testApp, appClient.clientId, email);

      expect(response.status).toBe(202);
      expect(response.body).toEqual(RESEND_ACCEPTED);
    });

    it('writes a new code', async () => {
      const { id, email, code } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);

      await resendActivation(testApp, appClient.clientId, email);
      const newCode = await latestActivationCode(testApp, email);

      expect(await outboundMessages(testApp, email)).toHaveLength(2);
      expect(newCode).not.toBe(code);
    });

    it('invalidates the old code', async () => {
      const { id, email, code } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);
      await resendActivation(testApp, appClient.clientId, email);

      const response = await redeem(code);

      expect(response.body).toEqual(INVALID_CODE);
    });

    it('accepts the new code', async () => {
      const { id, email } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);
      await resendActivation(testApp, appClient.clientId, email);

      const response = await redeem(await latestActivationCode(testApp, email));

      expect(response.status).toBe(200);
    });

    it('matches the email case-insensitively', async () => {
      const { id, email } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);

      await resendActivation(testApp, appClient.clientId, email.toUpperCase());

      expect(await outboundMessages(testApp, email)).toHaveLength(2);
    });

    it('skips a resend within the cooldown', async () => {
      const { email, code } = await registerPlayer(testApp, appClient.clientId);

      const response = await resendActivation(testApp, appClient.clientId, email);

      expect(response.status).toBe(202);
      expect(response.body).toEqual(RESEND_ACCEPTED);
      expect(await outboundMessages(testApp, email)).toHaveLength(1);
      expect(await latestActivationCode(testApp, email)).toBe(code);
    });

    it('keeps the code within the cooldown', async () => {
      const { email, code } = await registerPlayer(testApp, appClient.clientId);
      await resendActivation(testApp, appClient.clientId, email);

      expect((await redeem(code)).status).toBe(200);
    });

    it('issues one code per cooldown', async () => {
      const { id, email } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);

      await Promise.all([
        resendActivation(testApp, appClient.clientId, email),
        resendActivation(testApp, appClient.clientId, email),
        resendActivation(testApp, appClient.clientId, email),
      ]);

      expect(await outboundMessages(testApp, email)).toHaveLength(2);
    });

    it('answers the same for an unknown email', async () => {
      const response = await resendActivation(
        testApp,
        appClient.clientId,
        'nobody-here@example.test',
      );

      expect(response.status).toBe(202);
      expect(response.body).toEqual(RESEND_ACCEPTED);
    });

    it('answers the same for an active player', async () => {
      const player = await createPlayer(testApp, brand);

      const response = await resendActivation(testApp, appClient.clientId, player.email);

      expect(response.status).toBe(202);
      expect(response.body).toEqual(RESEND_ACCEPTED);
      expect(await outboundMessages(testApp, player.email)).toEqual([]);
    });

    it("ignores another brand's player", async () => {
      const otherClient = await createRegistrationClient(testApp, await createBrand(testApp));
      const { id, email } = await registerPlayer(testApp, appClient.clientId);
      await ageActivationCodes(testApp, id, 120);

      const response = await resendActivation(testApp, otherClient.clientId, email);

      expect(response.body).toEqual(RESEND_ACCEPTED);
      expect(await outboundMessages(testApp, email)).toHaveLength(1);
    });

    it('rejects an invalid email', async () => {
      const response = await resendActivation(testApp, appClient.clientId, 'not-an-email');

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['email']);
    });

    it('rejects an unknown client', async () => {
      const response = await resendActivation(testApp, 'no-such-client', 'a@example.test');

      expect(response.status).toBe(400);
      expect(Object.keys(response.body.fields)).toEqual(['client_id']);
    });
  });

  describe('code secrecy', () => {
    it('never returns a code', async () => {
      const responses: Response[] = [];
      const { id, email } = await registerPlayer(testApp, appClient.clientId);
      responses.push(await resendActivation(testApp, appClient.clientId, email));
      await ageActivationCodes(testApp, id, 120);
      responses.push(await resendActivation(testApp, appClient.clientId, email));
      const codes = (await outboundMessages(testApp, email)).map((message) => message.data.code);
      responses.push(await redeem(codes[0]));
      responses.push(await redeem(codes[1]));
      responses.push(await redeem(codes[1]));

      const texts = responses.map((response) => response.text + JSON.stringify(response.headers));

      expect(codes).toHaveLength(2);
      for (const code of codes) {
        expect(texts.filter((text) => text.includes(code))).toEqual([]);
      }
    });
  });

  describe('demo brand', () => {
    it('lets the demo app redeem codes', async () => {
      const demo = await startTestApp({ SEED_DEMO: 'true' });
      try {
        await demo.app.get(BootstrapService).run();
        const demoApp = await demo.app
          .get(ClientsRepository)
          .findByClientId(demo.config.BOOTSTRAP_BRAND);

        expect(demoApp?.grantTypes).toContain('activation_code');
      } finally {
        await demo.close();
      }
    });
  });
});
