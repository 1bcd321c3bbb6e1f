import { Injectable } from '@nestjs/common';

import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { UserEntity } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { AuthorizationCodesService } from '../authorize/authorization-codes.service';
import { ClientEntity } from '../clients/client.entity';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { TokenIssuer } from '../tokens/token-issuer.service';
import { Grant, TokenRequest } from './grant';
import { requireParam } from './params';
import { assertActive } from './player-status';

/**
 * Authorization code (RFC 6749 §4.1.3) with PKCE (RFC 7636 §4.6): the client trades the code that
 * the login page sent to its redirect URI for a new session of the player who logged in.
 */
@Injectable()
export class AuthorizationCodeGrant implements Grant {
  readonly grantType = 'authorization_code';

  constructor(
    private readonly codes: AuthorizationCodesService,
    private readonly users: UsersService,
    private readonly issuer: TokenIssuer,
  ) {}

  async handle({ params, client, context }: TokenRequest): Promise<TokenResponseDto> {
    const code = requireParam(params, 'code');
    const redirectUri = requireParam(params, 'redirect_uri');

    const redeemed = await this.codes.redeem({
      code,
      client,
      context,
      redirectUri,
      codeVerifier: params.code_verifier || undefined,
      loadPlayer: (userId) => this.loadPlayer(client, userId),
    });

    const { user, scope, sessionId, refreshToken } = redeemed;
    return this.issuer.forUser(
      { user, client, scope, sessionId, refreshToken },
      this.grantType,
      context,
    );
  }

  private async loadPlayer(client: ClientEntity, userId: string): Promise<UserEntity> {
    const user = await this.users.findInBrand(client.brandId, userId);
    if (!user) {
      throw new InvalidGrantError('The player of this authorization code no longer exists');
    }
    assertActive(user);
    return user;
  }
}
