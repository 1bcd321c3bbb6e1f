import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { UserEntity, UserStatus } from '../../users/user.entity';

const INACTIVE_REASONS: Record<Exclude<UserStatus, 'active'>, string> = {
  pending: 'The account is not activated yet',
  locked: 'The account is locked',
  self_excluded: 'The player is self-excluded',
  closed: 'The account is closed',
};

/** Throws invalid_grant saying why, unless the player may log in. */
export function assertActive(user: UserEntity): void {
  if (user.status === 'self_excluded') {
    throw new InvalidGrantError(selfExclusionReason(user.selfExcludedUntil));
  }
  if (user.status !== 'active') {
    throw new InvalidGrantError(INACTIVE_REASONS[user.status]);
  }
}

function selfExclusionReason(until: Date | null): string {
  const reason = INACTIVE_REASONS.self_excluded;
  return until ? `${reason} until ${until.toISOString()}` : `${reason} permanently`;
}
