import { createHash, randomBytes } from 'node:crypto';
import request, { Response } from 'supertest';

import { ClientEntity } from '../../src/auth-server/clients/client.entity';
import { CreateClientDto } from '../../src/auth-server/clients/dto/create-client.dto';
import { BrandEntity } from '../../src/brands/brand.entity';
import { createAppClient, PLAYER_PASSWORD } from './factories';
import { TestApp } from './test-app';

export const REDIRECT_URI = 'https://app.example.test/callback';

export interface PkcePair {
  verifier: string;
  challenge: string;
}

export function pkcePair(): PkcePair {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** A public client of the authorization code flow, first-party unless overridden. */
export function createCodeClient(
  testApp: TestApp,
  brand: BrandEntity,
  overrides: Partial<CreateClientDto> = {},
): Promise<ClientEntity> {
  return createAppClient(testApp, brand, {
    grant_types: ['authorization_code', 'refresh_token'],
    redirect_uris: [REDIRECT_URI],
    ...overrides,
  });
}

/** The form state of a rendered login or consent page. */
export interface FormPage {
  response: Response;
  /** The `name=value` pair of the CSRF cookie, to send back in a Cookie header. */
  cookie: string;
  fields: Record<string, string>;
}

/** Returns the hidden fields of an HTML page. */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[match[1]] = decodeEntities(match[2]);
  }
  return fields;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Opens the authorization endpoint and returns its login form; throws unless it is a page. */
export async function openLoginPage(
  testApp: TestApp,
  query: Record<string, string>,
): Promise<FormPage> {
  const response = await request(testApp.server).get('/oauth/authorize').query(query);
  if (response.status !== 200) {
    throw new Error(`Expected the login page, got ${response.status} ${response.headers.location}`);
  }
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  return { response, cookie: setCookie[0].split(';')[0], fields: hiddenFields(response.text) };
}

export function submitLogin(
  testApp: TestApp,
  page: FormPage,
  username: string,
  password = PLAYER_PASSWORD,
): Promise<Response> {
  return request(testApp.server)
    .post('/oauth/authorize')
    .set('Cookie', page.cookie)
    .type('form')
    .send({ ...page.fields, username, password });
}

export function submitConsent(
  testApp: TestApp,
  cookie: string,
  consentHtml: string,
  decision: 'allow' | 'deny',
): Promise<Response> {
  return request(testApp.server)
    .post('/oauth/authorize/consent')
    .set('Cookie', cookie)
    .type('form')
    .send({ ...hiddenFields(consentHtml), decision });
}

/** Returns the query parameters of a redirect's Location. */
export function redirectParams(response: Response): URLSearchParams {
  const location = response.headers.location as string | undefined;
  if (!location) {
    throw new Error(`Expected a redirect, got ${response.status} ${response.text.slice(0, 300)}`);
  }
  return new URL(location).searchParams;
}

export function authorizationQuery(
  client: ClientEntity,
  pkce: PkcePair,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: REDIRECT_URI,
    state: 'state-123',
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
    ...extra,
  };
}

/** Logs the player in through the login page of a first-party client and returns the code. */
export async function authorizationCode(
  testApp: TestApp,
  client: ClientEntity,
  username: string,
  pkce: PkcePair,
  extra: Record<string, string> = {},
): Promise<string> {
  const page = await openLoginPage(testApp, authorizationQuery(client, pkce, extra));
  const code = redirectParams(await submitLogin(testApp, page, username)).get('code');
  if (!code) {
    throw new Error('The login redirect carried no code');
  }
  return code;
}

export function exchangeCode(
  testApp: TestApp,
  client: ClientEntity,
  code: string,
  fields: Record<string, string> = {},
): Promise<Response> {
  return request(testApp.server)
    .post('/oauth/token')
    .type('form')
    .send({
      grant_type: 'authorization_code',
      client_id: client.clientId,
      code,
      redirect_uri: REDIRECT_URI,
      ...fields,
    });
}
