import { Injectable } from '@nestjs/common';

import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { UsersService } from '../../users/users.service';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { SessionsService } from '../tokens/sessions.service';
import { TokenIssuer } from '../tokens/token-issuer.service';
import { Grant, TokenRequest } from './grant';
import { requireParam } from './params';
import { assertActive } from './player-status';
import { resolveScope } from './scope';

/**
 * Refresh (RFC 6749 §6) with rotation: every use returns a new refresh token and retires the old
 * one. The access token may ask for a narrower scope; the new refresh token keeps the old scope.
 */
@Injectable()
export class RefreshTokenGrant implements Grant {
  readonly grantType = 'refresh_token';

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly issuer: TokenIssuer,
  ) {}

  async handle({ params, client, context }: TokenRequest): Promise<TokenResponseDto> {
    const presented = requireParam(params, 'refresh_token');
    const record = await this.sessions.inspect(presented, client, context);
    const granted = record.token.scope.split(' ').filter(Boolean);
    const scope = resolveScope(params.scope, granted, granted);

    const user = await this.users.findInBrand(client.brandId, record.session.userId);
    if (!user) {
      throw new InvalidGrantError('The player of this refresh token no longer exists');
    }
    assertActive(user);

    const refreshToken = await this.sessions.rotate(record, client, context);
    return this.issuer.forUser(
      { user, client, scope, sessionId: record.session.id, refreshToken },
      this.grantType,
      context,
    );
  }
}
