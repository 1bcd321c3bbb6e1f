import autocannon from 'autocannon';

import { basicAuth, FORM, requestJson, Scenario } from './scenario';

/** The demo player and app client that a development start seeds. */
const PASSWORD_BODY =
  'grant_type=password&client_id=xcasino&username=demo%40xcasino.test&password=demo-player-pass';

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
}

export interface AuthSetup {
  base: string;
  backOfficeId: string;
  backOfficeSecret: string;
  /** Refresh-token chains rotated at once: one per connection. */
  connections: number;
}

export function passwordGrant(base: string): Promise<TokenResponse> {
  return requestJson<TokenResponse>(`${base}/oauth/token`, {
    headers: { 'content-type': FORM },
    body: PASSWORD_BODY,
  });
}

/**
 * Scenarios of the token endpoint, introspection and a bearer-guarded read. The refresh-token
 * scenario keeps one chain per connection: a request takes a chain's current refresh token from
 * the pool and its response puts the rotated one back, so no token is ever presented twice.
 */
export async function authScenarios(setup: AuthSetup): Promise<Scenario[]> {
  const { base } = setup;
  const basic = basicAuth(setup.backOfficeId, setup.backOfficeSecret);
  const player = await passwordGrant(base);
  const refreshTokens: string[] = [];

  return [
    {
      name: 'client_credentials grant',
      options: {
        method: 'POST',
        url: `${base}/oauth/token`,
        headers: { authorization: basic, 'content-type': FORM },
        body: 'grant_type=client_credentials',
      },
    },
    {
      name: 'password grant',
      options: {
        method: 'POST',
        url: `${base}/oauth/token`,
        headers: { 'content-type': FORM },
        body: PASSWORD_BODY,
      },
    },
    {
      name: 'refresh_token grant',
      // Requests cut off at the end of a run may have rotated a token whose successor never
      // arrived, so every run starts with fresh chains.
      prepare: async () => {
        const fresh = await Promise.all(
          Array.from({ length: setup.connections }, () => passwordGrant(base)),
        );
        refreshTokens.splice(0, refreshTokens.length, ...fresh.map((t) => t.refresh_token ?? ''));
      },
      options: {
        url: base,
        requests: [
          {
            method: 'POST',
            path: '/oauth/token',
            headers: { 'content-type': FORM },
            setupRequest: (request: autocannon.Request) => {
              // An empty pool means a rotation failed; the request then fails and is counted.
              const token = refreshTokens.shift() ?? 'no-free-chain';
              return {
                ...request,
                body: `grant_type=refresh_token&client_id=xcasino&refresh_token=${token}`,
              };
            },
            onResponse: (status: number, body: string) => {
              if (status === 200) {
                refreshTokens.push((JSON.parse(body) as TokenResponse).refresh_token ?? '');
              }
            },
          },
        ],
      },
    },
    {
      name: 'introspection',
      prepare: async () => {
        const answer = await requestJson<{ active: boolean }>(`${base}/oauth/introspect`, {
          headers: { authorization: basic, 'content-type': FORM },
          body: `token=${player.access_token}`,
        });
        if (answer.active !== true) {
          throw new Error('Introspection returned an inactive token for a valid one');
        }
      },
      options: {
        method: 'POST',
        url: `${base}/oauth/introspect`,
        headers: { authorization: basic, 'content-type': FORM },
        body: `token=${player.access_token}&token_type_hint=access_token`,
      },
    },
    {
      name: 'GET /users/me',
      options: {
        method: 'GET',
        url: `${base}/users/me`,
        headers: { authorization: `Bearer ${player.access_token}` },
      },
    },
  ];
}
