import request, { Response, Test } from 'supertest';

import { BrandEntity } from '../../src/brands/brand.entity';
import { UserEntity } from '../../src/users/user.entity';
import { clientAccessToken, playerAccessToken } from './access-tokens';
import { createAppClient, createBrand, createConfidentialClient, createPlayer } from './factories';
import { TestApp } from './test-app';

export const PLAYER_GAME_SCOPES = ['wallet:read', 'game-sessions:read', 'game-sessions:write'];

/** A brand with an app, a back office, a game provider's client and one game. */
export interface GamesBrand {
  brand: BrandEntity;
  appClientId: string;
  backOfficeToken: string;
  providerToken: string;
  gameId: string;
}

export interface GamePlayer {
  user: UserEntity;
  token: string;
}

export async function createGamesBrand(testApp: TestApp): Promise<GamesBrand> {
  const brand = await createBrand(testApp);
  const app = await createAppClient(testApp, brand, {
    scopes: PLAYER_GAME_SCOPES,
    default_scopes: PLAYER_GAME_SCOPES,
  });
  const backOffice = await createConfidentialClient(testApp, brand, {
    scopes: ['wallets:read', 'wallets:write', 'games:write'],
  });
  const provider = await createConfidentialClient(testApp, brand, { scopes: ['rounds:write'] });
  const backOfficeToken = await clientAccessToken(
    testApp,
    backOffice.client.clientId,
    backOffice.secret,
  );
  const providerToken = await clientAccessToken(testApp, provider.client.clientId, provider.secret);
  const game = await request(testApp.server)
    .post('/games')
    .auth(backOfficeToken, { type: 'bearer' })
    .send({ name: 'Book of Gold', provider: 'sandbox-games', category: 'slots' });
  if (game.status !== 201) {
    throw new Error(`Game creation failed: ${game.status} ${JSON.stringify(game.body)}`);
  }
  const gameId = (game.body as { id: string }).id;
  return { brand, appClientId: app.clientId, backOfficeToken, providerToken, gameId };
}

/** Creates a player with real and bonus money credited by back-office adjustments. */
export async function createGamePlayer(
  testApp: TestApp,
  setup: GamesBrand,
  funds: { real?: number; bonus?: number } = {},
): Promise<GamePlayer> {
  const user = await createPlayer(testApp, setup.brand);
  for (const balance of ['real', 'bonus'] as const) {
    const amount = funds[balance] ?? 0;
    if (amount > 0) {
      const response = await request(testApp.server)
        .post(`/wallets/${user.id}/adjustments`)
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ balance, amount, reason: 'test funds' });
      if (response.status !== 201) {
        throw new Error(`Funding failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
  }
  const token = await playerAccessToken(testApp, setup.appClientId, user.email);
  return { user, token };
}

export function startSession(testApp: TestApp, token: string, gameId: string): Promise<Response> {
  return request(testApp.server)
    .post('/game-sessions')
    .auth(token, { type: 'bearer' })
    .send({ game_id: gameId });
}

export function postRound(testApp: TestApp, token: string, sessionId: string, body: object): Test {
  return request(testApp.server)
    .post(`/game-sessions/${sessionId}/rounds`)
    .auth(token, { type: 'bearer' })
    .send(body);
}
