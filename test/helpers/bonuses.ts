import request, { Response, Test } from 'supertest';

import { BrandEntity } from '../../src/brands/brand.entity';
import { UserEntity } from '../../src/users/user.entity';
import { clientAccessToken, playerAccessToken } from './access-tokens';
import { createAppClient, createBrand, createConfidentialClient, createPlayer } from './factories';
import { TestApp } from './test-app';

export const PLAYER_BONUS_SCOPES = [
  'wallet:read',
  'bonuses:read',
  'bonuses:claim',
  'transactions:read',
  'transactions:write',
  'game-sessions:read',
  'game-sessions:write',
];
const BACK_OFFICE_BONUS_SCOPES = [
  'wallets:read',
  'wallets:write',
  'games:write',
  'bonuses:write',
  'payment-methods:write',
];
const HOUR_MS = 3_600_000;

/**
 * A brand with an app, a back office, a game provider's client, a sandbox deposit method and
 * three games: `gameId` and `otherGameId` count for wagering, `excludedGameId` does not.
 */
export interface BonusBrand {
  brand: BrandEntity;
  appClientId: string;
  backOfficeToken: string;
  providerToken: string;
  depositMethodId: string;
  gameId: string;
  otherGameId: string;
  excludedGameId: string;
}

export interface BonusPlayer {
  user: UserEntity;
  token: string;
}

export async function createBonusBrand(testApp: TestApp): Promise<BonusBrand> {
  const brand = await createBrand(testApp);
  const app = await createAppClient(testApp, brand, {
    scopes: PLAYER_BONUS_SCOPES,
    default_scopes: PLAYER_BONUS_SCOPES,
  });
  const backOffice = await createConfidentialClient(testApp, brand, {
    scopes: BACK_OFFICE_BONUS_SCOPES,
  });
  const provider = await createConfidentialClient(testApp, brand, { scopes: ['rounds:write'] });
  const backOfficeToken = await clientAccessToken(
    testApp,
    backOffice.client.clientId,
    backOffice.secret,
  );
  const providerToken = await clientAccessToken(testApp, provider.client.clientId, provider.secret);
  const method = await created(
    request(testApp.server)
      .post('/payment-methods')
      .auth(backOfficeToken, { type: 'bearer' })
      .send({
        type: 'deposit',
        name: 'Sandbox',
        provider_id: 'sandbox',
        min_amount: 100,
        max_amount: 1_000_000,
        fee: 0,
      }),
  );
  const game = (name: string, countsForWagering = true) =>
    created(
      request(testApp.server).post('/games').auth(backOfficeToken, { type: 'bearer' }).send({
        name,
        provider: 'sandbox-games',
        category: 'slots',
        counts_for_wagering: countsForWagering,
      }),
    );
  return {
    brand,
    appClientId: app.clientId,
    backOfficeToken,
    providerToken,
    depositMethodId: method,
    gameId: await game('Book of Gold'),
    otherGameId: await game('Star Fruits'),
    excludedGameId: await game('Table Roulette', false),
  };
}

/** Creates a player, with `real` minor units credited by a back-office adjustment. */
export async function createBonusPlayer(
  testApp: TestApp,
  setup: BonusBrand,
  real = 0,
): Promise<BonusPlayer> {
  const user = await createPlayer(testApp, setup.brand);
  if (real > 0) {
    await created(
      request(testApp.server)
        .post(`/wallets/${user.id}/adjustments`)
        .auth(setup.backOfficeToken, { type: 'bearer' })
        .send({ balance: 'real', amount: real, reason: 'test funds' }),
    );
  }
  const token = await playerAccessToken(testApp, setup.appClientId, user.email);
  return { user, token };
}

/** Builds a valid manual offer of 1,000 minor units, wager goal 5x, open from an hour ago for a day. */
export function offerBody(overrides: object = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    name: 'Welcome bonus',
    description: 'Ten to play with',
    image_url: 'https://cdn.casino.test/welcome.png',
    terms_and_conditions: '<h1>Terms</h1><p>Wager <b>5x</b> within an hour.</p>',
    reward_type: 'bonus_money',
    amount_type: 'fixed',
    amount: 1000,
    wager_multiplier: 5,
    activation_type: 'manual',
    valid_from: new Date(now - HOUR_MS).toISOString(),
    valid_to: new Date(now + 24 * HOUR_MS).toISOString(),
    wagering_seconds: 3600,
    ...overrides,
  };
}

export function postOffer(testApp: TestApp, token: string, body: object): Test {
  return request(testApp.server).post('/bonus-offers').auth(token, { type: 'bearer' }).send(body);
}

/** Creates an offer and returns its id; throws with the response body when that fails. */
export function createOffer(testApp: TestApp, setup: BonusBrand, overrides: object = {}) {
  return created(postOffer(testApp, setup.backOfficeToken, offerBody(overrides)));
}

export function listBonuses(testApp: TestApp, token: string, query: object = {}): Test {
  return request(testApp.server).get('/bonuses').query(query).auth(token, { type: 'bearer' });
}

/** Returns the player's bonus id for an offer, listing the bonuses first as an app does. */
export async function bonusIdOf(
  testApp: TestApp,
  player: BonusPlayer,
  offerName: string,
): Promise<string> {
  const response = await listBonuses(testApp, player.token, { per_page: 100 });
  const bonus = (response.body.data as { id: string; name: string }[]).find(
    (item) => item.name === offerName,
  );
  if (!bonus) {
    throw new Error(`No bonus named ${offerName}: ${JSON.stringify(response.body)}`);
  }
  return bonus.id;
}

export function claimBonus(testApp: TestApp, token: string, id: string): Test {
  return request(testApp.server).post(`/bonuses/${id}/claim`).auth(token, { type: 'bearer' });
}

export function forfeitBonus(testApp: TestApp, token: string, id: string): Test {
  return request(testApp.server).post(`/bonuses/${id}/forfeit`).auth(token, { type: 'bearer' });
}

export function readWallet(testApp: TestApp, token: string): Test {
  return request(testApp.server).get('/wallet').auth(token, { type: 'bearer' });
}

export function verifyWallet(testApp: TestApp, setup: BonusBrand, userId: string): Test {
  return request(testApp.server)
    .get(`/wallets/${userId}/verify`)
    .auth(setup.backOfficeToken, { type: 'bearer' });
}

/** Ledger entries of a wallet that reference one bonus, oldest first. */
export function bonusLedger(
  testApp: TestApp,
  bonusId: string,
): Promise<{ type: string; balance: string; amount: string }[]> {
  return testApp.dataSource.query(
    `SELECT type, balance, amount FROM ledger_entries
     WHERE reference_type = 'bonus' AND reference_id = $1 ORDER BY id`,
    [bonusId],
  );
}

async function created(pending: Test | Promise<Response>): Promise<string> {
  const response = await pending;
  if (response.status !== 201) {
    throw new Error(`Creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return (response.body as { id: string }).id;
}
