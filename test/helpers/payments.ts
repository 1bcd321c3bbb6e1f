import request, { Response } from 'supertest';

import { BrandEntity } from '../../src/brands/brand.entity';
import { UserEntity } from '../../src/users/user.entity';
import { clientAccessToken, playerAccessToken } from './access-tokens';
import { createAppClient, createBrand, createConfidentialClient, createPlayer } from './factories';
import { TestApp } from './test-app';

export const PLAYER_PAYMENT_SCOPES = ['wallet:read', 'transactions:read', 'transactions:write'];
export const BACK_OFFICE_PAYMENT_SCOPES = [
  'wallets:read',
  'wallets:write',
  'payment-methods:write',
  'transactions:approve',
];

/** A brand with an app, a back office, and one sandbox deposit and withdrawal method. */
export interface PaymentsBrand {
  brand: BrandEntity;
  appClientId: string;
  backOfficeToken: string;
  depositMethodId: string;
  withdrawalMethodId: string;
}

export interface Player {
  user: UserEntity;
  token: string;
}

/** Limits of the methods of createPaymentsBrand, in minor units. */
export const METHOD_LIMITS = { min_amount: 100, max_amount: 1_000_000 };

export async function createPaymentsBrand(testApp: TestApp): Promise<PaymentsBrand> {
  const brand = await createBrand(testApp);
  const app = await createAppClient(testApp, brand, {
    scopes: PLAYER_PAYMENT_SCOPES,
    default_scopes: PLAYER_PAYMENT_SCOPES,
  });
  const backOffice = await createConfidentialClient(testApp, brand, {
    scopes: BACK_OFFICE_PAYMENT_SCOPES,
  });
  const backOfficeToken = await clientAccessToken(
    testApp,
    backOffice.client.clientId,
    backOffice.secret,
  );
  const deposit = await createMethod(testApp, backOfficeToken, { type: 'deposit' });
  const withdrawal = await createMethod(testApp, backOfficeToken, { type: 'withdrawal' });
  return {
    brand,
    appClientId: app.clientId,
    backOfficeToken,
    depositMethodId: (deposit.body as { id: string }).id,
    withdrawalMethodId: (withdrawal.body as { id: string }).id,
  };
}

export function createMethod(testApp: TestApp, token: string, body: object): Promise<Response> {
  return request(testApp.server)
    .post('/payment-methods')
    .auth(token, { type: 'bearer' })
    .send({ name: 'Sandbox', provider_id: 'sandbox', ...METHOD_LIMITS, fee: 25, ...body });
}

/** Creates a player with `funds` minor units of real money, credited by a back-office adjustment. */
export async function createFundedPlayer(
  testApp: TestApp,
  setup: PaymentsBrand,
  funds = 0,
): Promise<Player> {
  const user = await createPlayer(testApp, setup.brand);
  if (funds > 0) {
    const response = await request(testApp.server)
      .post(`/wallets/${user.id}/adjustments`)
      .auth(setup.backOfficeToken, { type: 'bearer' })
      .send({ balance: 'real', amount: funds, reason: 'test funds' });
    if (response.status !== 201) {
      throw new Error(`Funding failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
  }
  const token = await playerAccessToken(testApp, setup.appClientId, user.email);
  return { user, token };
}

export function verifyWallet(testApp: TestApp, setup: PaymentsBrand, userId: string) {
  return request(testApp.server)
    .get(`/wallets/${userId}/verify`)
    .auth(setup.backOfficeToken, { type: 'bearer' });
}
