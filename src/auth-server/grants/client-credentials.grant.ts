import { Injectable } from '@nestjs/common';

import { UnauthorizedClientError } from '../../common/errors/oauth.errors';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { TokenIssuer } from '../tokens/token-issuer.service';
import { Grant, TokenRequest } from './grant';
import { resolveScope } from './scope';

/**
 * Client credentials (RFC 6749 §4.4): a confidential client acting for itself, such as a back
 * office or a game provider's server. No refresh token and no identity.
 */
@Injectable()
export class ClientCredentialsGrant implements Grant {
  readonly grantType = 'client_credentials';

  constructor(private readonly issuer: TokenIssuer) {}

  handle({ params, client, context }: TokenRequest): Promise<TokenResponseDto> {
    if (client.type !== 'confidential') {
      throw new UnauthorizedClientError('client_credentials is only for confidential clients');
    }
    const scope = resolveScope(params.scope, client.scopes, client.defaultScopes);
    return Promise.resolve(this.issuer.forClient(client, scope, context));
  }
}
