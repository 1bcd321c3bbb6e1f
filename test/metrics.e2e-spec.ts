import request from 'supertest';

import { BrandEntity } from '../src/brands/brand.entity';
import { requestClientCredentials, requestPasswordGrant } from './helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
} from './helpers/factories';
import { startTestApp, TestApp } from './helpers/test-app';

// Starting the application takes several seconds on a loaded machine.
jest.setTimeout(30_000);

/** Returns the value of one sample line of the exposition, or undefined when it is absent. */
function sample(exposition: string, series: string): number | undefined {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let testApp: TestApp;
  let brand: BrandEntity;

  beforeAll(async () => {
    testApp = await startTestApp({ MAX_CLIENT_AUTH_FAILURES: '2' });
    brand = await createBrand(testApp);
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function scrape(): Promise<string> {
    const response = await request(testApp.server).get('/metrics').expect(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.text;
  }

  it('counts requests by route template', async () => {
    const { client, secret } = await createConfidentialClient(testApp, brand);
    expect((await requestClientCredentials(testApp, client.clientId, secret)).status).toBe(200);
    await request(testApp.server).get(`/clients/${client.clientId}`).expect(401);

    const metrics = await scrape();

    expect(
      sample(
        metrics,
        'http_request_duration_seconds_count{method="POST",route="/oauth/token",status="200"}',
      ),
    ).toBe(1);
    expect(
      sample(
        metrics,
        'http_request_duration_seconds_count{method="GET",route="/clients/:client_id",status="401"}',
      ),
    ).toBe(1);
    expect(metrics).not.toContain(client.clientId);
  });

  it('labels unknown paths as unmatched', async () => {
    await request(testApp.server).get('/no-such-route/12345').expect(404);

    const metrics = await scrape();

    expect(
      sample(
        metrics,
        'http_request_duration_seconds_count{method="GET",route="unmatched",status="404"}',
      ),
    ).toBe(1);
    expect(metrics).not.toContain('no-such-route');
  });

  it('counts tokens issued per grant', async () => {
    const appClient = await createAppClient(testApp, brand);
    const player = await createPlayer(testApp, brand);
    expect((await requestPasswordGrant(testApp, appClient.clientId, player.email)).status).toBe(
      200,
    );

    const metrics = await scrape();

    expect(sample(metrics, 'oauth_tokens_issued_total{grant_type="password"}')).toBe(1);
    expect(sample(metrics, 'oauth_tokens_issued_total{grant_type="client_credentials"}')).toBe(1);
  });

  it('counts refresh token reuse', async () => {
    const appClient = await createAppClient(testApp, brand);
    const player = await createPlayer(testApp, brand);
    const login = await requestPasswordGrant(testApp, appClient.clientId, player.email);
    const refresh = {
      grant_type: 'refresh_token',
      client_id: appClient.clientId,
      refresh_token: login.body.refresh_token as string,
    };
    await request(testApp.server).post('/oauth/token').type('form').send(refresh).expect(200);
    await request(testApp.server).post('/oauth/token').type('form').send(refresh).expect(400);

    expect(sample(await scrape(), 'oauth_refresh_token_reuse_total')).toBe(1);
  });

  it('counts lockouts by kind', async () => {
    const { client } = await createConfidentialClient(testApp, brand);
    expect((await requestClientCredentials(testApp, client.clientId, 'wrong-secret')).status).toBe(
      401,
    );
    expect((await requestClientCredentials(testApp, client.clientId, 'wrong-secret')).status).toBe(
      401,
    );

    expect(sample(await scrape(), 'auth_lockouts_total{kind="client"}')).toBe(1);
  });

  it('reports the database pool', async () => {
    const metrics = await scrape();

    expect(sample(metrics, 'db_pool_connections{state="max"}')).toBe(20);
    expect(sample(metrics, 'db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(sample(metrics, 'db_pool_connections{state="waiting"}')).toBe(0);
  });

  it('includes process metrics', async () => {
    expect(await scrape()).toContain('process_cpu_seconds_total');
  });

  it('is left out of the OpenAPI document', async () => {
    const response = await request(testApp.server).get('/docs-json').expect(200);

    expect(Object.keys(response.body.paths as object)).not.toContain('/metrics');
  });
});
