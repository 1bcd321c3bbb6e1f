import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  PLAYER_PASSWORD,
} from './helpers/factories';
import { startListeningApp } from './helpers/listening-app';
import { TestApp } from './helpers/test-app';

/** Starting the app and the client process takes seconds, more on a busy machine. */
jest.setTimeout(120_000);

const FLOW_SCRIPT = join(__dirname, 'oauth-clients', 'openid-client-flow.mjs');
const REDIRECT_URI = 'http://127.0.0.1:8400/callback';

interface FlowReport {
  issuer: string;
  supportsPkce: boolean;
  code: { scope: string; tokenType: string; hasRefresh: boolean };
  profile: { status: number; email: string };
  refresh: { rotated: boolean; scope: string };
  clientCredentials: { scope: string; tokenType: string };
  introspection: { active: boolean; sub: string; clientId: string };
  revocation: { accessTokenActive: boolean; refreshError: string | null };
}

/**
 * Interoperability with openid-client v6, a maintained OAuth client library, found through the
 * RFC 8414 metadata. The library runs in its own Node process because it is an ECMAScript module
 * that jest cannot load.
 */
describe('openid-client', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let report: FlowReport;
  let playerId: string;
  let playerEmail: string;
  let publicClientId: string;

  beforeAll(async () => {
    ({ testApp, baseUrl } = await startListeningApp());
    const brand = await createBrand(testApp);
    publicClientId = (
      await createAppClient(testApp, brand, {
        grant_types: ['authorization_code', 'refresh_token'],
        redirect_uris: [REDIRECT_URI],
      })
    ).clientId;
    const { client: backOffice, secret } = await createConfidentialClient(testApp, brand, {
      scopes: ['users:read', 'tokens:introspect'],
    });
    const player = await createPlayer(testApp, brand);
    playerId = player.id;
    playerEmail = player.email;

    const settings = {
      baseUrl,
      publicClientId,
      confidentialClientId: backOffice.clientId,
      confidentialSecret: secret,
      redirectUri: REDIRECT_URI,
      username: player.email,
      password: PLAYER_PASSWORD,
    };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [FLOW_SCRIPT, JSON.stringify(settings)],
      {
        timeout: 90_000,
      },
    );
    report = JSON.parse(stdout) as FlowReport;
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('discovers the server metadata', () => {
    expect(report.issuer).toBe(baseUrl);
    expect(report.supportsPkce).toBe(true);
  });

  it('authorization code with PKCE', () => {
    expect(report.code).toEqual({
      scope: 'profile:read profile:write',
      tokenType: 'bearer',
      hasRefresh: true,
    });
    expect(report.profile).toEqual({ status: 200, email: playerEmail });
  });

  it('refresh rotates the refresh token', () => {
    expect(report.refresh).toEqual({ rotated: true, scope: 'profile:read profile:write' });
  });

  it('client credentials', () => {
    expect(report.clientCredentials).toEqual({ scope: 'users:read', tokenType: 'bearer' });
  });

  it('introspection', () => {
    expect(report.introspection).toEqual({ active: true, sub: playerId, clientId: publicClientId });
  });

  it('revocation', () => {
    expect(report.revocation).toEqual({ accessTokenActive: false, refreshError: 'invalid_grant' });
  });
});
