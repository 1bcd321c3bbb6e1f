import { Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { RequestContext } from '../../common/request-context';
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
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly audit: AuditService,
  ) {}

  forUser(parts: UserTokenParts, grantType: string, context: RequestContext): TokenResponseDto {
    const { user, client } = parts;
    const accessToken = this.accessTokens.sign({
      subject: user.id,
      clientId: client.clientId,
      brand: client.brand.code,
      scope: parts.scope,
      ttl: client.accessTokenTtl,
      sessionId: parts.sessionId,
    });
    this.audit.record('token_issued', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      userId: user.id,
      sessionId: parts.sessionId,
      details: { grant_type: grantType, scope: parts.scope },
    });

    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: client.accessTokenTtl,
      scope: parts.scope,
      refresh_token: parts.refreshToken,
      identity: IdentityDto.from(user),
    };
  }

  forClient(client: ClientEntity, scope: string, context: RequestContext): TokenResponseDto {
    const accessToken = this.accessTokens.sign({
      subject: client.clientId,
      clientId: client.clientId,
      brand: client.brand.code,
      scope,
      ttl: client.accessTokenTtl,
    });
    this.audit.record('token_issued', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      details: { grant_type: 'client_credentials', scope },
    });

    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: client.accessTokenTtl,
      scope,
    };
  }
}
