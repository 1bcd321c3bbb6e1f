import { ClientEntity, ClientType, UsernameType } from '../client.entity';

export class ClientResponseDto {
  client_id: string;
  /** Code of the brand the client belongs to. */
  brand: string;
  name: string;
  type: ClientType;
  grant_types: string[];
  scopes: string[];
  default_scopes: string[];
  username_types: UsernameType[];
  access_token_ttl: number;
  refresh_token_ttl: number;
  redirect_uris: string[];
  captcha_required: boolean;
  first_party: boolean;
  allowed_origins: string[];
  created_at: Date;
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
  /** Present for confidential clients; store it now, it cannot be read again. */
  client_secret?: string;
}

export class ClientSecretResponseDto {
  client_id: string;
  /** The new secret; the old one stops working at once. */
  client_secret: string;
}
