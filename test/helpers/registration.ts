import request, { Response } from 'supertest';

import { ClientEntity } from '../../src/auth-server/clients/client.entity';
import { BrandEntity } from '../../src/brands/brand.entity';
import { createAppClient, playerFields } from './factories';
import { TestApp } from './test-app';

/** One row of outbound_messages as the tests read it. */
export interface OutboundMessageRow {
  channel: string;
  recipient: string;
  template: string;
  data: Record<string, string>;
  user_id: string | null;
  brand_id: string;
}

/** Creates a brand's public app that may register players and redeem their activation codes. */
export function createRegistrationClient(
  testApp: TestApp,
  brand: BrandEntity,
): Promise<ClientEntity> {
  return createAppClient(testApp, brand, {
    grant_types: ['password', 'refresh_token', 'activation_code'],
  });
}

/** Builds a valid registration body for the client, with a unique email, nickname and mobile number. */
export function registrationBody(
  clientId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    client_id: clientId,
    ...playerFields(),
    address: '1 Republic Street',
    city: 'Valletta',
    postcode: 'VLT 1117',
    accepted_terms: true,
    receive_news: false,
    receive_sms: true,
    ...overrides,
  };
}

export function register(testApp: TestApp, body: object): Promise<Response> {
  return request(testApp.server).post('/users').send(body);
}

export function resendActivation(
  testApp: TestApp,
  clientId: string,
  email: string,
): Promise<Response> {
  return request(testApp.server)
    .post('/users/activation/resend')
    .send({ client_id: clientId, email });
}

/** Returns the messages written for a recipient, oldest first. */
export async function outboundMessages(
  testApp: TestApp,
  recipient: string,
): Promise<OutboundMessageRow[]> {
  return testApp.dataSource.query<OutboundMessageRow[]>(
    `SELECT channel, recipient, template, data, user_id, brand_id
       FROM outbound_messages WHERE recipient = $1 ORDER BY created_at, id`,
    [recipient],
  );
}

/** Returns the code of the newest activation message to the email; throws when there is none. */
export async function latestActivationCode(testApp: TestApp, email: string): Promise<string> {
  const messages = await outboundMessages(testApp, email);
  const newest = messages.filter((message) => message.template === 'activation').pop();
  if (!newest) {
    throw new Error(`No activation message was written for ${email}`);
  }
  return newest.data.code;
}

/** Registers a player through the API and returns the body sent and the activation code. */
export async function registerPlayer(
  testApp: TestApp,
  clientId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ body: Record<string, unknown>; id: string; email: string; code: string }> {
  const body = registrationBody(clientId, overrides);
  const response = await register(testApp, body);
  if (response.status !== 201) {
    throw new Error(`Registration failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const email = body.email as string;
  const id = (response.body as { id: string }).id;
  return { body, id, email, code: await latestActivationCode(testApp, email) };
}

/** Moves the player's activation codes `seconds` into the past, as if they were issued earlier. */
export async function ageActivationCodes(
  testApp: TestApp,
  userId: string,
  seconds: number,
): Promise<void> {
  await testApp.dataSource.query(
    `UPDATE activation_codes SET created_at = created_at - make_interval(secs => $2)
      WHERE user_id = $1`,
    [userId, seconds],
  );
}

export async function playerStatus(testApp: TestApp, userId: string): Promise<string> {
  const rows = await testApp.dataSource.query<{ status: string }[]>(
    'SELECT status FROM users WHERE id = $1',
    [userId],
  );
  return rows[0].status;
}

export function redeemCode(testApp: TestApp, clientId: string, code: string): Promise<Response> {
  return request(testApp.server)
    .post('/oauth/token')
    .type('form')
    .send({ grant_type: 'activation_code', client_id: clientId, code });
}
