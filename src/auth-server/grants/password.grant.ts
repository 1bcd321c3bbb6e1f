import { Inject, Injectable } from '@nestjs/common';

import { InvalidGrantError, InvalidRequestError } from '../../common/errors/oauth.errors';
import { UsersService } from '../../users/users.service';
import { CAPTCHA_VERIFIER, CaptchaVerifier } from '../captcha/captcha-verifier';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { SessionsService } from '../tokens/sessions.service';
import { TokenIssuer } from '../tokens/token-issuer.service';
import { Grant, TokenRequest } from './grant';
import { requireParam } from './params';
import { assertActive } from './player-status';
import { playerScopes, resolveScope } from './scope';

/**
 * Resource owner password credentials (RFC 6749 §4.3): a brand's own app trades the player's
 * username and password for a new session.
 */
@Injectable()
export class PasswordGrant implements Grant {
  readonly grantType = 'password';

  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly issuer: TokenIssuer,
    @Inject(CAPTCHA_VERIFIER) private readonly captcha: CaptchaVerifier,
  ) {}

  async handle({ params, client }: TokenRequest): Promise<TokenResponseDto> {
    const username = requireParam(params, 'username');
    const password = requireParam(params, 'password');
    const scope = resolveScope(
      params.scope,
      playerScopes(client.scopes),
      playerScopes(client.defaultScopes),
    );
    if (client.captchaRequired) {
      await this.checkCaptcha(params.captcha, client.clientId);
    }

    const user = await this.users.findByCredentials(
      client.brandId,
      username,
      password,
      client.usernameTypes,
    );
    if (!user) {
      throw new InvalidGrantError('The username or password is wrong');
    }
    assertActive(user);

    await this.users.recordLogin(user);
    const session = await this.sessions.start(user.id, client, scope);
    return this.issuer.forUser({ user, client, scope, ...session }, this.grantType);
  }

  private async checkCaptcha(response: string | undefined, clientId: string): Promise<void> {
    if (!response) {
      throw new InvalidRequestError('captcha is required for this client');
    }
    if (!(await this.captcha.verify(response, clientId))) {
      throw new InvalidGrantError('The captcha response is wrong');
    }
  }
}
