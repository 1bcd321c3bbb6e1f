import request from 'supertest';

import { SigningKeysService } from '../../src/auth-server/keys/signing-keys.service';
import { BrandEntity } from '../../src/brands/brand.entity';
import { ALL_SCOPES } from '../../src/common/scopes';
import { clientAccessToken, playerAccessToken } from '../helpers/access-tokens';
import {
  createAppClient,
  createBrand,
  createConfidentialClient,
  createPlayer,
  PLAYER_PASSWORD,
} from '../helpers/factories';
import { TestApp } from '../helpers/test-app';
import { TokenMaterial } from './authorization';
import { KnownValues } from './fuzz-requests';

/** Placeholders that the campaign replaces with the current valid tokens just before sending. */
export const PLAYER_TOKEN = '$PLAYER_TOKEN';
export const BACK_OFFICE_TOKEN = '$BACK_OFFICE_TOKEN';

/**
 * A brand with an app client, a player and a back office holding every scope, so that generated
 * requests get past authentication and lookups and reach validation and the services.
 */
export class FuzzWorld {
  playerToken = '';
  backOfficeToken = '';
  readonly known: KnownValues = {};
  material!: TokenMaterial;

  private brand!: BrandEntity;
  private appClientId = '';
  private backOffice = { clientId: '', secret: '' };

  constructor(private readonly testApp: TestApp) {}

  async prepare(): Promise<void> {
    const brand = await createBrand(this.testApp);
    this.brand = brand;
    const app = await createAppClient(this.testApp, brand);
    this.appClientId = app.clientId;
    const { client, secret } = await createConfidentialClient(this.testApp, brand, {
      grant_types: ['client_credentials'],
      scopes: [...ALL_SCOPES],
    });
    this.backOffice = { clientId: client.clientId, secret };
    this.backOfficeToken = await clientAccessToken(this.testApp, client.clientId, secret);
    const player = await this.renewPlayer();

    Object.assign(this.known, {
      id: [player.id, client.clientId, '00000000-0000-4000-8000-000000000000'],
      user_id: [player.id],
      client_id: [app.clientId, client.clientId, 'no-such-client'],
      provider: ['sandbox', 'unknown'],
      grant_type: ['password', 'refresh_token', 'client_credentials', 'activation_code', 'x'],
      username: [player.email],
      password: [PLAYER_PASSWORD, 'wrong-password'],
      current_password: [PLAYER_PASSWORD],
      currency: ['EUR', 'XXX'],
      amount: ['100', '0', '-1', '99999999999999999999'],
    });
    const key = this.testApp.app.get(SigningKeysService).current();
    this.material = {
      validTokens: [PLAYER_TOKEN, BACK_OFFICE_TOKEN],
      kid: key.kid,
      privateKey: key.privateKey,
      issuer: this.testApp.config.issuer,
      subject: player.id,
      clientId: app.clientId,
      brand: brand.code,
    };
  }

  /** Replaces the placeholders in a header value with the current tokens. */
  withTokens(value: string): string {
    return value
      .replace(PLAYER_TOKEN, this.playerToken)
      .replace(BACK_OFFICE_TOKEN, this.backOfficeToken);
  }

  /**
   * Gets new tokens when a generated request revoked the player's session, changed the
   * password or self-excluded the player, so that later requests still reach the handlers.
   */
  async refreshIfRevoked(): Promise<void> {
    const profile = await request(this.testApp.server)
      .get('/users/me')
      .set('Authorization', `Bearer ${this.playerToken}`);
    if (profile.status !== 200) {
      await this.renewPlayer();
    }
    const clients = await request(this.testApp.server)
      .get('/clients')
      .set('Authorization', `Bearer ${this.backOfficeToken}`);
    if (clients.status !== 200) {
      this.backOfficeToken = await clientAccessToken(
        this.testApp,
        this.backOffice.clientId,
        this.backOffice.secret,
      );
    }
  }

  private async renewPlayer(): Promise<{ id: string; email: string }> {
    const player = await createPlayer(this.testApp, this.brand);
    this.playerToken = await playerAccessToken(this.testApp, this.appClientId, player.email);
    return player;
  }
}
