import { Inject, Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { RequestContext } from '../../common/request-context';
import { UserEntity } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { CAPTCHA_VERIFIER, CaptchaVerifier } from '../captcha/captcha-verifier';
import { ClientEntity } from '../clients/client.entity';
import { assertActive } from '../grants/player-status';
import { LockoutService } from '../lockout/lockout.service';

export interface LoginAttempt {
  username: string;
  password: string;
  /** The captcha response, needed when the client has `captcha_required`. */
  captcha?: string;
}

/**
 * Checks a player's username and password for a client: captcha, IP and player lockouts, the
 * brand's username types and the account status. The password grant and the login page of the
 * authorization endpoint both log players in through this service, so the same rules apply.
 */
@Injectable()
export class PlayerLogin {
  constructor(
    private readonly users: UsersService,
    @Inject(CAPTCHA_VERIFIER) private readonly captcha: CaptchaVerifier,
    private readonly audit: AuditService,
    private readonly lockout: LockoutService,
  ) {}

  /**
   * Returns the player when the login succeeds and records it as the player's last_login. Throws
   * InvalidGrantError with a description fit to show the player otherwise.
   */
  async authenticate(
    client: ClientEntity,
    attempt: LoginAttempt,
    context: RequestContext,
  ): Promise<UserEntity> {
    const user = await this.authenticateUnrecorded(client, attempt, context);
    await this.users.recordLogin(user);
    return user;
  }

  /**
   * Checks a login as `authenticate` does but leaves last_login to the caller, such as a grant
   * that stores it with SessionsService.startAtLogin in the statement that starts the session.
   */
  async authenticateUnrecorded(
    client: ClientEntity,
    attempt: LoginAttempt,
    context: RequestContext,
  ): Promise<UserEntity> {
    const { username, password } = attempt;
    if (client.captchaRequired) {
      await this.checkCaptcha(attempt.captcha, client.clientId, context);
    }
    await this.lockout.assertIpAllowed(context.ip);

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
    const failures = await this.assertNotLocked(playerKey, client, context, knownUser);
    if (check.outcome !== 'valid') {
      this.recordFailure(client, context, check.outcome, knownUser);
      await this.lockout.recordLoginFailure(playerKey, client, context, knownUser?.id);
      throw new InvalidGrantError('The username or password is wrong');
    }
    await this.lockout.recordLoginSuccess(playerKey, failures);

    const { user } = check;
    if (user.status !== 'active') {
      this.recordFailure(client, context, user.status, user);
    }
    assertActive(user);
    return user;
  }

  private recordFailure(
    client: ClientEntity,
    context: RequestContext,
    reason: string,
    user?: UserEntity,
  ): void {
    this.audit.record('login_failed', {
      request: context,
      brandId: client.brandId,
      clientId: client.clientId,
      userId: user?.id,
      details: { reason },
    });
  }

  /** Returns the player's failed logins in the open window unless the player is locked. */
  private async assertNotLocked(
    playerKey: string,
    client: ClientEntity,
    context: RequestContext,
    user?: UserEntity,
  ): Promise<number> {
    try {
      return await this.lockout.assertPlayerAllowed(playerKey);
    } catch (error) {
      this.recordFailure(client, context, 'temporarily_locked', user);
      throw error;
    }
  }

  private async checkCaptcha(
    response: string | undefined,
    clientId: string,
    context: RequestContext,
  ): Promise<void> {
    if (!response) {
      throw new InvalidGrantError('captcha is required for this client and is missing');
    }
    const result = await this.captcha.verify(response, clientId, context);
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
