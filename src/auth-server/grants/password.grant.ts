import { Injectable } from '@nestjs/common';

import { PlayerLogin } from '../login/player-login.service';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { SessionsService } from '../tokens/sessions.service';
import { TokenIssuer } from '../tokens/token-issuer.service';
import { Grant, TokenRequest } from './grant';
import { requireParam } from './params';
import { playerScopes, resolveScope } from './scope';

/**
 * Resource owner password credentials (RFC 6749 §4.3): a brand's own app trades the player's
 * username and password for a new session.
 */
@Injectable()
export class PasswordGrant implements Grant {
  readonly grantType = 'password';

  constructor(
    private readonly login: PlayerLogin,
    private readonly sessions: SessionsService,
    private readonly issuer: TokenIssuer,
  ) {}

  async handle({ params, client, context }: TokenRequest): Promise<TokenResponseDto> {
    const username = requireParam(params, 'username');
    const password = requireParam(params, 'password');
    const scope = resolveScope(
      params.scope,
      playerScopes(client.scopes),
      playerScopes(client.defaultScopes),
    );

    const user = await this.login.authenticateUnrecorded(
      client,
      { username, password, captcha: params.captcha },
      context,
    );

    const session = await this.sessions.startAtLogin(user, client, scope, context);
    return this.issuer.forUser({ user, client, scope, ...session }, this.grantType, context);
  }
}
