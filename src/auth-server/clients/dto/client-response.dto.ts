import { ClientEntity, ClientType, UsernameType } from '../client.entity';

export class ClientResponseDto {
  /** @example "xcasino-partner" */
  client_id: string;
  /**
   * Code of the brand the client belongs to.
   * @example "xcasino"
   */
  brand: string;
  /** @example "Partner back office" */
  name: string;
  /** @example "confidential" */
  type: ClientType;
  /** @example ["client_credentials"] */
  grant_types: string[];
  /** @example ["users:read", "wallets:read"] */
  scopes: string[];
  /** @example ["users:read"] */
  default_scopes: string[];
  /** @example ["email"] */
  username_types: UsernameType[];
  /** @example 1800 */
  access_token_ttl: number;
  /** @example 2592000 */
  refresh_token_ttl: number;
  /** @example 0 */
  refresh_token_reuse_grace: number;
  /** @example [] */
  redirect_uris: string[];
  /** @example false */
  captcha_required: boolean;
  /** @example false */
  first_party: boolean;
  /** @example ["https://partner.example.com"] */
  allowed_origins: string[];
  /** @example "2026-01-15T09:30:00.000Z" */
  created_at: Date;
  /** @example "2026-01-15T09:30:00.000Z" */
  updated_at: Date;

  static from(client: ClientEntity): ClientResponseDto {
    return {
      client_id: client.clientId,
      brand: client.brand.code,
      name: client.name,
      type: client.type,
      grant_types: client.grantTypes,
      scopes: client.scopes,
      default_scopes: client.defaultScopes,
      username_types: client.usernameTypes,
      access_token_ttl: client.accessTokenTtl,
      refresh_token_ttl: client.refreshTokenTtl,
      refresh_token_reuse_grace: client.refreshTokenReuseGrace,
      redirect_uris: client.redirectUris,
      captcha_required: client.captchaRequired,
      first_party: client.firstParty,
      allowed_origins: client.allowedOrigins,
      created_at: client.createdAt,
      updated_at: client.updatedAt,
    };
  }
}

/** A client as registered, with its secret: the only time the secret is shown. */
export class ClientWithSecretResponseDto extends ClientResponseDto {
  /**
   * Present for confidential clients; store it now, it cannot be read again.
   * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
   */
  client_secret?: string;
}

export class ClientSecretResponseDto {
  /** @example "xcasino-partner" */
  client_id: string;
  /**
   * The new secret; the old one stops working at once.
   * @example "3kq2n7Vw9xJd0bH5sTfL1pYc8uGzR4aE6mNoQiXyKvU"
   */
  client_secret: string;
}
