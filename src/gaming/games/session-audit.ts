import { Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { isUserPrincipal, Principal } from '../../common/auth/principal';
import { ApiException } from '../../common/errors/api.exception';
import { RequestContext } from '../../common/request-context';
import { LossLimitExceededException } from '../limits/loss-limits.service';
import { RecordRoundDto } from './dto/game-session.dto';
import { GameSessionEntity } from './game-session.entity';

/** Error codes of rounds rejected for a responsible-gaming or money reason, which are audited. */
const AUDITED_REJECTIONS: ReadonlySet<string> = new Set([
  'loss_limit_exceeded',
  'insufficient_funds',
]);

/**
 * Records game session starts and ends and rejected rounds in the audit log. Events carry ids
 * and amounts only, never the player's personal data.
 */
@Injectable()
export class SessionAudit {
  constructor(private readonly audit: AuditService) {}

  started(principal: Principal, session: GameSessionEntity, context: RequestContext): void {
    this.audit.record('game_session_started', {
      request: context,
      brandId: session.brandId,
      clientId: principal.clientId,
      userId: session.userId,
      details: {
        game_session_id: session.id,
        game_id: session.gameId,
        amount: Number(session.amount),
      },
    });
  }

  /** Records an end by a player or a game provider; idle ends are recorded by the expiry job. */
  ended(principal: Principal, session: GameSessionEntity, context: RequestContext): void {
    this.audit.record('game_session_ended', {
      request: context,
      brandId: session.brandId,
      clientId: principal.clientId,
      userId: session.userId,
      details: {
        game_session_id: session.id,
        game_id: session.gameId,
        reason: isUserPrincipal(principal) ? 'player' : 'provider',
        bet: Number(session.bet),
        win: Number(session.win),
        amount_after: Number(session.amountAfter),
      },
    });
  }

  /** Records a round rejected for a loss limit or insufficient funds; ignores other errors. */
  roundRejected(
    principal: Principal,
    session: GameSessionEntity,
    round: RecordRoundDto,
    error: unknown,
    context: RequestContext,
  ): void {
    if (!(error instanceof ApiException) || !AUDITED_REJECTIONS.has(error.code)) {
      return;
    }
    const limit =
      error instanceof LossLimitExceededException
        ? {
            period: error.period,
            limit: Number(error.limit),
            remaining: Number(error.remaining),
          }
        : {};
    this.audit.record('game_round_rejected', {
      request: context,
      brandId: session.brandId,
      clientId: principal.clientId,
      userId: session.userId,
      details: {
        reason: error.code,
        game_session_id: session.id,
        round_id: round.round_id,
        bet: round.bet,
        win: round.win,
        ...limit,
      },
    });
  }
}
