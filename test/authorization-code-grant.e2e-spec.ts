import request from 'supertest';

import { AuthorizationCodesRepository } from '../src/auth-server/authorize/authorization-codes.repository';
import { ClientEntity } from '../src/auth-server/clients/client.entity';
import { BrandEntity } from '../src/brands/brand.entity';
import { sha256 } from '../src/common/crypto';
import { UserEntity } from '../src/users/user.entity';
import {
  authorizationCode,
  createCodeClient,
  exchangeCode,
  pkcePair,
  REDIRECT_URI,
} from './helpers/authorize';
import { createBrand, createConfidentialClient, createPlayer } from './helpers/factories';
import { expectOAuthError } from './helpers/oauth-responses';
import { startTestApp, TestApp } from './helpers/test-app';

/** Starting an app clones a database and runs its start-up, which takes seconds on a busy machine. */
jest.setTimeout(60_000);

const PARALLEL_REDEMPTIONS = 50;

describe('authorization_code grant', () => {
  let testApp: TestApp;
  let brand: BrandEntity;
  let client: ClientEntity;
  let player: UserEntity;

  beforeAll(async () => {
    testApp = await startTestApp();
    brand = await createBrand(testApp);
    client = await createCodeClient(testApp, brand);
    player = await createPlayer(testApp, brand);
  });

  afterAll(async () => {
    await testApp.close();
  });

  function profile(accessToken: string): request.Test {
    return request(testApp.server).get('/users/me').set('Authorization', `Bearer ${accessToken}`);
  }

  it('exchanges a code for tokens', async () => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce, {
      scope: 'profile:read',
    });

    const response = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });

    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.token_type).toBe('Bearer');
    expect(response.body.scope).toBe('profile:read');
    expect(response.body.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.body.identity.id).toBe(player.id);
    expect((await profile(response.body.access_token)).status).toBe(200);
  });

  it('tokens from a code refresh', async () => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);
    const tokens = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });

    const refreshed = await request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      client_id: client.clientId,
      refresh_token: tokens.body.refresh_token,
    });

    expect(refreshed.status).toBe(200);
    expect(refreshed.body.scope).toBe('profile:read profile:write');
  });

  it('second use revokes the tokens of the code', async () => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);
    const first = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });
    expect(first.status).toBe(200);

    const second = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });

    expectOAuthError(second, 400, 'invalid_grant');
    expect(second.body.error_description).toBe(
      'The authorization code was already used; the tokens issued from it are revoked',
    );
    expect((await profile(first.body.access_token)).status).toBe(401);
    const refreshed = await request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'refresh_token',
      client_id: client.clientId,
      refresh_token: first.body.refresh_token,
    });
    expectOAuthError(refreshed, 400, 'invalid_grant');
  });

  it(`${PARALLEL_REDEMPTIONS} parallel redemptions: one wins`, async () => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);

    const responses = await Promise.all(
      Array.from({ length: PARALLEL_REDEMPTIONS }, () =>
        exchangeCode(testApp, client, code, { code_verifier: pkce.verifier }),
      ),
    );

    const succeeded = responses.filter((response) => response.status === 200);
    const rejected = responses.filter((response) => response.body.error === 'invalid_grant');
    expect(succeeded).toHaveLength(1);
    expect(rejected).toHaveLength(PARALLEL_REDEMPTIONS - 1);
    const sessions: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) FROM sessions s JOIN authorization_codes a ON a.session_id = s.id
        WHERE a.code_hash = $1`,
      [sha256(code)],
    );
    expect(sessions[0].count).toBe('1');
  });

  it.each([
    [
      'wrong verifier',
      () => ({ code_verifier: pkcePair().verifier }),
      'code_verifier does not match the code_challenge',
    ],
    ['missing verifier', () => ({}), 'code_verifier is required for this authorization code'],
    [
      'short verifier',
      () => ({ code_verifier: 'abc' }),
      'code_verifier must be 43 to 128 unreserved characters',
    ],
    [
      'other redirect_uri',
      (verifier: string) => ({
        code_verifier: verifier,
        redirect_uri: 'https://app.example.test/other',
      }),
      'redirect_uri must be the one sent in the authorization request',
    ],
  ])('%s is invalid_grant', async (_name, fields, description) => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);

    const response = await exchangeCode(testApp, client, code, fields(pkce.verifier));

    expectOAuthError(response, 400, 'invalid_grant');
    expect(response.body.error_description).toBe(description);
    const retry = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });
    expect(retry.status).toBe(200);
  });

  it('missing redirect_uri is invalid_request', async () => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);

    const response = await request(testApp.server).post('/oauth/token').type('form').send({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      code,
      code_verifier: pkce.verifier,
    });

    expectOAuthError(response, 400, 'invalid_request');
    expect(response.body.error_description).toBe('redirect_uri is required');
  });

  it('unknown code is invalid_grant', async () => {
    const response = await exchangeCode(testApp, client, 'x'.repeat(43), {
      code_verifier: pkcePair().verifier,
    });

    expectOAuthError(response, 400, 'invalid_grant');
    expect(response.body.error_description).toBe('The authorization code is invalid');
  });

  it('code of another client is invalid_grant', async () => {
    const other = await createCodeClient(testApp, brand);
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);

    const response = await exchangeCode(testApp, other, code, { code_verifier: pkce.verifier });

    expectOAuthError(response, 400, 'invalid_grant');
    expect(response.body.error_description).toBe(
      'The authorization code was issued to another client',
    );
  });

  it('expired code is invalid_grant', async () => {
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, player.email, pkce);
    await testApp.dataSource.query(
      `UPDATE authorization_codes SET expires_at = now() - interval '1 second' WHERE code_hash = $1`,
      [sha256(code)],
    );

    const response = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });

    expectOAuthError(response, 400, 'invalid_grant');
    expect(response.body.error_description).toBe('The authorization code expired');
  });

  it('code lives 60 seconds and is stored hashed', async () => {
    const code = await authorizationCode(testApp, client, player.email, pkcePair());

    const rows: { lifetime: number }[] = await testApp.dataSource.query(
      `SELECT extract(epoch FROM expires_at - created_at)::int AS lifetime
         FROM authorization_codes WHERE code_hash = $1`,
      [sha256(code)],
    );
    const plain: unknown[] = await testApp.dataSource.query(
      `SELECT 1 FROM authorization_codes WHERE code_hash = $1`,
      [Buffer.from(code)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].lifetime).toBe(60);
    expect(plain).toHaveLength(0);
  });

  it('pruning keeps recently expired codes', async () => {
    const recent = await authorizationCode(testApp, client, player.email, pkcePair());
    const old = await authorizationCode(testApp, client, player.email, pkcePair());
    await testApp.dataSource.query(
      `UPDATE authorization_codes SET expires_at = now() - interval '2 days' WHERE code_hash = $1`,
      [sha256(old)],
    );

    await testApp.app.get(AuthorizationCodesRepository).deleteExpired(24 * 60 * 60);

    const rows: { code_hash: Buffer }[] = await testApp.dataSource.query(
      `SELECT code_hash FROM authorization_codes WHERE code_hash IN ($1, $2)`,
      [sha256(recent), sha256(old)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].code_hash.equals(sha256(recent))).toBe(true);
  });

  it('player locked after the login is invalid_grant', async () => {
    const other = await createPlayer(testApp, brand);
    const pkce = pkcePair();
    const code = await authorizationCode(testApp, client, other.email, pkce);
    await testApp.dataSource.query(`UPDATE users SET status = 'locked' WHERE id = $1`, [other.id]);

    const response = await exchangeCode(testApp, client, code, { code_verifier: pkce.verifier });

    expectOAuthError(response, 400, 'invalid_grant');
    expect(response.body.error_description).toBe('The account is locked');
  });

  describe('confidential client', () => {
    let confidential: ClientEntity;
    let secret: string;

    beforeAll(async () => {
      ({ client: confidential, secret } = await createConfidentialClient(testApp, brand, {
        grant_types: ['authorization_code', 'refresh_token'],
        scopes: ['profile:read'],
        redirect_uris: [REDIRECT_URI],
      }));
    });

    function exchange(code: string, fields: Record<string, string> = {}): request.Test {
      return request(testApp.server)
        .post('/oauth/token')
        .auth(confidential.clientId, secret)
        .type('form')
        .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, ...fields });
    }

    async function codeWithout(pkceFields: Record<string, string>): Promise<string> {
      return authorizationCode(testApp, confidential, player.email, pkcePair(), pkceFields);
    }

    it('works without PKCE', async () => {
      const code = await codeWithout({ code_challenge: '', code_challenge_method: '' });

      const response = await exchange(code);

      expect(response.status).toBe(200);
      expect(response.body.scope).toBe('profile:read');
    });

    it('works with PKCE', async () => {
      const pkce = pkcePair();
      const code = await authorizationCode(testApp, confidential, player.email, pkce);

      const response = await exchange(code, { code_verifier: pkce.verifier });

      expect(response.status).toBe(200);
    });

    it('verifier without a challenge is invalid_grant', async () => {
      const code = await codeWithout({ code_challenge: '', code_challenge_method: '' });

      const response = await exchange(code, { code_verifier: pkcePair().verifier });

      expectOAuthError(response, 400, 'invalid_grant');
      expect(response.body.error_description).toBe(
        'code_verifier was sent, but the authorization request had no code_challenge',
      );
    });

    it('wrong secret is invalid_client', async () => {
      const code = await codeWithout({ code_challenge: '', code_challenge_method: '' });

      const response = await request(testApp.server)
        .post('/oauth/token')
        .auth(confidential.clientId, 'wrong-secret')
        .type('form')
        .send({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });

      expectOAuthError(response, 401, 'invalid_client');
    });
  });
});
