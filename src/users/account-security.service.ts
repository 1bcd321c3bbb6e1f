import { ConflictException, Injectable } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { LockoutService } from '../auth-server/lockout/lockout.service';
import { SessionsService } from '../auth-server/tokens/sessions.service';
import { Principal } from '../common/auth/principal';
import { ValidationFailedException } from '../common/errors/validation-failed.exception';
import { RequestContext } from '../common/request-context';
import { ChangePasswordDto } from './dto/change-password.dto';
import {
  SELF_EXCLUSION_INTERVALS,
  SelfExclusionPeriod,
  SelfExclusionResponseDto,
} from './dto/self-exclusion.dto';
import { PasswordHasher } from './password-hasher.service';
import { PasswordPolicy } from './password-policy/password-policy.service';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** A player's own password change and self-exclusion, both of which end sessions. */
@Injectable()
export class AccountSecurityService {
  constructor(
    private readonly users: UsersService,
    private readonly repository: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly policy: PasswordPolicy,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly lockout: LockoutService,
  ) {}

  /**
   * Changes the password after checking the current one, then ends every other session of the
   * player. The session of the calling token stays.
   */
  async changePassword(
    principal: Principal,
    dto: ChangePasswordDto,
    context: RequestContext,
  ): Promise<void> {
    const user = await this.users.getForPrincipal(principal);
    // A stolen access token must not allow guessing the password: wrong current passwords count
    // against the same limit as failed logins.
    await this.lockout.assertPasswordChangeAllowed(user.id);
    if (!(await this.passwords.verify(user.passwordHash, dto.current_password))) {
      await this.lockout.recordPasswordChangeFailure(user.id);
      this.audit.record('login_failed', {
        request: context,
        brandId: user.brandId,
        clientId: principal.clientId,
        userId: user.id,
        sessionId: principal.sessionId,
        details: { reason: 'wrong_current_password' },
      });
      throw new ValidationFailedException({ current_password: ['current_password is incorrect'] });
    }
    this.checkNewPassword(user, dto.new_password, dto.current_password);

    await this.repository.updatePasswordHash(user.id, await this.passwords.hash(dto.new_password));
    await this.sessions.revokeAllOf(
      user,
      'password_changed',
      context,
      principal.clientId,
      principal.sessionId,
    );
    this.audit.record('password_changed', {
      request: context,
      brandId: user.brandId,
      clientId: principal.clientId,
      userId: user.id,
      sessionId: principal.sessionId,
    });
  }

  /**
   * Self-excludes the player for the period and ends all their sessions, this one included.
   * Throws ConflictException when the player is already self-excluded until a later time.
   */
  async selfExclude(
    principal: Principal,
    period: SelfExclusionPeriod,
    context: RequestContext,
  ): Promise<SelfExclusionResponseDto> {
    const user = await this.users.getForPrincipal(principal);
    const until = await this.repository.setSelfExclusion(user.id, SELF_EXCLUSION_INTERVALS[period]);
    if (until === undefined) {
      const current = user.selfExcludedUntil
        ? `until ${user.selfExcludedUntil.toISOString()}`
        : 'permanently';
      throw new ConflictException(
        `The player is already self-excluded ${current}; a self-exclusion can only be lengthened`,
      );
    }

    await this.sessions.revokeAllOf(user, 'self_exclusion', context, principal.clientId);
    this.audit.record('self_exclusion_set', {
      request: context,
      brandId: user.brandId,
      clientId: principal.clientId,
      userId: user.id,
      sessionId: principal.sessionId,
      details: { period, until: until?.toISOString() ?? null },
    });
    return { status: 'self_excluded', period, self_excluded_until: until };
  }

  /**
   * Throws ValidationFailedException naming what is wrong with a new password: the password policy
   * of every player password, and it must differ from the current one.
   */
  private checkNewPassword(user: UserEntity, password: string, currentPassword: string): void {
    const problems = this.policy
      .check(password, { email: user.email, nickname: user.nickname })
      .map((problem) => problem.replace(/^password /, 'new_password '));
    if (password === currentPassword) {
      problems.push('new_password must differ from current_password');
    }
    if (problems.length > 0) {
      throw new ValidationFailedException({ new_password: problems });
    }
  }
}
