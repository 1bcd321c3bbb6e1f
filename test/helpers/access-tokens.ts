import request, { Response } from 'supertest';

import { PLAYER_PASSWORD } from './factories';
import { TestApp } from './test-app';

/** Posts a password grant for a public client, as a brand's app does. */
export function requestPasswordGrant(
  testApp: TestApp,
  clientId: string,
  username: string,
  password = PLAYER_PASSWORD,
): Promise<Response> {
  return request(testApp.server)
    .post('/oauth/token')
    .type('form')
    .send({ grant_type: 'password', client_id: clientId, username, password });
}

/** Posts a client_credentials grant with HTTP Basic, as a back office does. */
export function requestClientCredentials(
  testApp: TestApp,
  clientId: string,
  secret: string,
  scope?: string,
): Promise<Response> {
  const form: Record<string, string> = { grant_type: 'client_credentials' };
  if (scope !== undefined) {
    form.scope = scope;
  }
  return request(testApp.server)
    .post('/oauth/token')
    .auth(clientId, secret)
    .type('form')
    .send(form);
}

/** Returns a player's access token; throws with the response body when the grant fails. */
export async function playerAccessToken(
  testApp: TestApp,
  clientId: string,
  username: string,
): Promise<string> {
  return accessTokenOf(await requestPasswordGrant(testApp, clientId, username));
}

/** Returns a client_credentials access token; throws with the response body when it fails. */
export async function clientAccessToken(
  testApp: TestApp,
  clientId: string,
  secret: string,
  scope?: string,
): Promise<string> {
  return accessTokenOf(await requestClientCredentials(testApp, clientId, secret, scope));
}

function accessTokenOf(response: Response): string {
  if (response.status !== 200) {
    throw new Error(`Token request failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return (response.body as { access_token: string }).access_token;
}
