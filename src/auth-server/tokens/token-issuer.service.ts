import { Injectable, Logger } from '@nestjs/common';

import { IdentityDto } from '../../users/dto/identity.dto';
import { UserEntity } from '../../users/user.entity';
import { ClientEntity } from '../clients/client.entity';
import { AccessTokenService } from './access-token.service';
import { TokenResponseDto } from './dto/token-response.dto';

export interface UserTokenParts {
  user: UserEntity;
  client: ClientEntity;
  sessionId: string;
  refreshToken: string;
  scope: string;
}

/** Builds token responses: signs the access token and adds what the grant type calls for. */
@Injectable()
export class TokenIssuer {
  private readonly logger = new Logger(TokenIssuer.name);

  constructor(private readonly accessTokens: AccessTokenService) {}

  forUser(parts: UserTokenParts, grantType: string): TokenResponseDto {
    const { user, client } = parts;
    const accessToken = this.accessTokens.sign({
      subject: user.id,
      clientId: client.clientId,
      brand: client.brand.code,
      scope: parts.scope,
      ttl: client.accessTokenTtl,
      sessionId: parts.sessionId,
    });
    this.logger.log(
      { grantType, clientId: client.clientId, userId: user.id, sessionId: parts.sessionId },
      'Tokens issued',
    );

    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: client.accessTokenTtl,
      scope: parts.scope,
      refresh_token: parts.refreshToken,
      identity: IdentityDto.from(user),
    };
  }

  forClient(client: ClientEntity, scope: string): TokenResponseDto {
    const accessToken = this.accessTokens.sign({
      subject: client.clientId,
      clientId: client.clientId,
      brand: client.brand.code,
      scope,
      ttl: client.accessTokenTtl,
    });
    this.logger.log(
      { grantType: 'client_credentials', clientId: client.clientId },
      'Tokens issued',
    );

    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: client.accessTokenTtl,
      scope,
    };
  }
}
