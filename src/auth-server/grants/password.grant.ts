import { Inject, Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { UserEntity } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { CAPTCHA_VERIFIER, CaptchaVerifier } from '../captcha/captcha-verifier';
import { ClientEntity } from '../clients/client.entity';
import { LockoutService } from '../lockout/lockout.service';
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
    private readonly audit: AuditService,
    private readonly lockout: LockoutService,
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
    await this.lockout.assertIpAllowed();

    // The password is verified even for a locked player, so that locked, unknown and
    // wrong-password logins take the same time.
    const check = await this.users.checkCredentials(
      client.brandId,
      username,
      password,
      client.usernameTypes,
    );
    const knownUser = check.outcome === 'unknown_user' ? undefined : check.user;
    const playerKey = this.lockout.playerKey(client.brandId, username);
    await this.assertNotLocked(playerKey, client, knownUser);
    if (check.outcome !== 'valid') {
      this.recordFailure(client, check.outcome, knownUser);
      await this.lockout.recordLoginFailure(playerKey, client, knownUser?.id);
      throw new InvalidGrantError('The username or password is wrong');
    }
    await this.lockout.recordLoginSuccess(playerKey);

    const { user } = check;
    if (user.status !== 'active') {
      this.recordFailure(client, user.status, user);
    }
    assertActive(user);

    await this.users.recordLogin(user);
    const session = await this.sessions.start(user.id, client, scope);
    return this.issuer.forUser({ user, client, scope, ...session }, this.grantType);
  }

  private recordFailure(client: ClientEntity, reason: string, user?: UserEntity): void {
    this.audit.record('login_failed', {
      brandId: client.brandId,
      clientId: client.clientId,
      userId: user?.id,
      details: { reason },
    });
  }

  private async assertNotLocked(
    playerKey: string,
    client: ClientEntity,
    user?: UserEntity,
  ): Promise<void> {
    try {
      await this.lockout.assertPlayerAllowed(playerKey);
    } catch (error) {
      this.recordFailure(client, 'temporarily_locked', user);
      throw error;
    }
  }

  private async checkCaptcha(response: string | undefined, clientId: string): Promise<void> {
    if (!response) {
      throw new InvalidGrantError('captcha is required for this client and is missing');
    }
    const result = await this.captcha.verify(response, clientId);
    if (result === 'unconfigured') {
      throw new InvalidGrantError(
        'This client requires a captcha, but captcha verification is not configured on this server',
      );
    }
    if (result === 'unavailable') {
      throw new InvalidGrantError('The captcha could not be verified; try again later');
    }
    if (result === 'invalid') {
      throw new InvalidGrantError('The captcha response is invalid');
    }
  }
}
