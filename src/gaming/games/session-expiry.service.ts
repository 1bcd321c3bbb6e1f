import {
  ConflictException,
  Injectable,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { GameSessionEntity } from './game-session.entity';
import { EndedIdleSession, SessionExpiryRepository } from './session-expiry.repository';

/** Sessions ended per statement; a run repeats until fewer than this were idle. */
const BATCH_SIZE = 500;
/** Upper bound of batches in one run, so that one run cannot hold the job forever. */
const MAX_BATCHES_PER_RUN = 100;

/** A round on a session that had no round for longer than GAME_SESSION_IDLE_SECONDS; 409. */
export class IdleGameSessionException extends ConflictException {
  constructor(
    readonly sessionId: string,
    idleSeconds: number,
  ) {
    super(`Game session ${sessionId} has ended: it had no round for more than ${idleSeconds} s`);
  }
}

/**
 * Ends game sessions with no round for longer than GAME_SESSION_IDLE_SECONDS, every
 * GAME_SESSION_EXPIRY_INTERVAL_SECONDS (0 turns the interval off). Several instances may run it
 * at once: each session is ended by exactly one of them, which records `game_session_ended`.
 */
@Injectable()
export class SessionExpiryService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionExpiryService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly repository: SessionExpiryRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const seconds = this.config.GAME_SESSION_EXPIRY_INTERVAL_SECONDS;
    if (seconds > 0) {
      this.timer = setInterval(() => void this.runScheduled(), seconds * 1000).unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Throws 409 when the session has ended or had no round for longer than the idle time. Call it
   * on the session row locked by the round's transaction.
   */
  assertOpen(session: GameSessionEntity): void {
    if (session.status !== 'active') {
      throw new ConflictException(`Game session ${session.id} has ended`);
    }
    const idleSeconds = this.config.GAME_SESSION_IDLE_SECONDS;
    if (Date.now() - session.lastActivityAt.getTime() > idleSeconds * 1000) {
      throw new IdleGameSessionException(session.id, idleSeconds);
    }
  }

  /** Ends every idle session now and returns how many this call ended. */
  async endIdleSessions(): Promise<number> {
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const ended = await this.repository.endIdle(
        this.config.GAME_SESSION_IDLE_SECONDS,
        BATCH_SIZE,
      );
      ended.forEach((session) => this.recordEnd(session, null));
      total += ended.length;
      if (ended.length < BATCH_SIZE) {
        break;
      }
    }
    return total;
  }

  /** Ends one session if it is idle; a round rejected as idle calls it after its rollback. */
  async endIfIdle(sessionId: string, context: RequestContext): Promise<void> {
    const ended = await this.repository.endOneIfIdle(
      sessionId,
      this.config.GAME_SESSION_IDLE_SECONDS,
    );
    if (ended) {
      this.recordEnd(ended, context);
    }
  }

  private async runScheduled(): Promise<void> {
    if (this.running) {
      return;
    }
    this.running = this.endIdleSessions();
    try {
      const count = await this.running;
      if (count > 0) {
        this.logger.log({ count }, 'Ended idle game sessions');
      }
    } catch (error) {
      this.logger.error({ error: (error as Error).message }, 'Ending idle game sessions failed');
    } finally {
      this.running = undefined;
    }
  }

  /** Records an idle end; `context` is the round request that found the session idle, if any. */
  private recordEnd(session: EndedIdleSession, context: RequestContext | null): void {
    this.audit.record('game_session_ended', {
      request: context,
      brandId: session.brandId,
      userId: session.userId,
      details: {
        game_session_id: session.id,
        game_id: session.gameId,
        reason: 'idle',
        bet: Number(session.bet),
        win: Number(session.win),
        amount_after: Number(session.amountAfter),
        last_activity_at: session.lastActivityAt.toISOString(),
      },
    });
  }
}
