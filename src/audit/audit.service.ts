import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

import { RequestContext } from '../common/request-context';
import { AuditEventEntity, AuditEventType } from './audit-event.entity';
import { AuditEventFilter, AuditRepository } from './audit.repository';

export interface AuditFacts {
  /** The HTTP request that caused the event, or null for background jobs. */
  request: RequestContext | null;
  brandId?: string | null;
  clientId?: string | null;
  userId?: string | null;
  sessionId?: string | null;
  /** Event-specific facts. Never a token, code, secret or password. */
  details?: Record<string, unknown>;
}

const FLUSH_INTERVAL_MS = 100;
const FLUSH_SIZE = 200;
/** Events kept for a retry when PostgreSQL is unreachable; older ones are dropped past this. */
const MAX_PENDING = 10_000;
const ERROR_LOG_INTERVAL_MS = 10_000;

const WARNING_TYPES: ReadonlySet<AuditEventType> = new Set<AuditEventType>([
  'login_failed',
  'client_authentication_failed',
  'refresh_token_reused',
  'authorization_code_reused',
  'account_locked',
]);

/**
 * Records security events in `audit_events` and the log. Inserts are batched every 100 ms so
 * that hot paths such as the token endpoint add no round trip. Events still buffered when the
 * process dies are lost, and another instance's events may appear up to 100 ms late.
 */
@Injectable()
export class AuditService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Audit');
  private pending: Partial<AuditEventEntity>[] = [];
  private timer?: NodeJS.Timeout;
  private flushing?: Promise<void>;
  private lastErrorLoggedAt = 0;

  constructor(private readonly repository: AuditRepository) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS).unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  record(type: AuditEventType, facts: AuditFacts): void {
    const { request } = facts;
    const event: Partial<AuditEventEntity> = {
      type,
      brandId: facts.brandId ?? null,
      clientId: facts.clientId ?? null,
      userId: facts.userId ?? null,
      sessionId: facts.sessionId ?? null,
      requestId: request?.requestId ?? null,
      ip: request?.ip ?? null,
      details: facts.details ?? {},
      createdAt: new Date(),
    };

    const fields = {
      event: type,
      // The same field as the request completion line, so that one query finds both.
      req: request ? { id: request.requestId } : undefined,
      clientId: event.clientId ?? undefined,
      userId: event.userId ?? undefined,
      sessionId: event.sessionId ?? undefined,
      ...event.details,
    };
    if (WARNING_TYPES.has(type)) {
      this.logger.warn(fields, type);
    } else {
      this.logger.log(fields, type);
    }

    this.pending.push(event);
    if (this.pending.length >= FLUSH_SIZE) {
      void this.flush();
    }
  }

  /** Writes every buffered event; waits for a flush already under way. */
  async flush(): Promise<void> {
    while (this.flushing) {
      await this.flushing;
    }
    if (this.pending.length === 0) {
      return;
    }
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.write(batch);
    await this.flushing;
    this.flushing = undefined;
  }

  /** Returns a page of a brand's events, newest first, after writing this instance's buffer. */
  async find(
    filter: AuditEventFilter,
    offset: number,
    limit: number,
  ): Promise<[AuditEventEntity[], number]> {
    await this.flush();
    return this.repository.findPage(filter, offset, limit);
  }

  /**
   * Inserts a batch. When PostgreSQL rejects the data itself, the events are retried one by one,
   * so one bad event cannot hold back the others. Other failures keep the whole batch for a retry
   * at the next flush. Errors are logged at most once per ERROR_LOG_INTERVAL_MS.
   */
  private async write(batch: Partial<AuditEventEntity>[]): Promise<void> {
    try {
      await this.repository.insertMany(batch);
    } catch (error) {
      if (!isDataError(error)) {
        this.logFailure(error, batch.length, 'keeping them for a retry');
        this.pending = [...batch, ...this.pending].slice(-MAX_PENDING);
        return;
      }
      await this.writeOneByOne(batch);
    }
  }

  private async writeOneByOne(batch: Partial<AuditEventEntity>[]): Promise<void> {
    for (const event of batch) {
      try {
        await this.repository.insertMany([event]);
      } catch (error) {
        this.logFailure(error, 1, `dropping a ${event.type} event PostgreSQL rejects`);
      }
    }
  }

  private logFailure(error: unknown, count: number, outcome: string): void {
    const now = Date.now();
    if (now - this.lastErrorLoggedAt < ERROR_LOG_INTERVAL_MS) {
      return;
    }
    this.lastErrorLoggedAt = now;
    const code = (error as { driverError?: { code?: string } }).driverError?.code;
    this.logger.error(
      { error: (error as Error).message, code, events: count },
      `Could not store audit events; ${outcome}`,
    );
  }
}

/** True for PostgreSQL's data exceptions (SQLSTATE class 22), which a retry cannot fix. */
function isDataError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
  return typeof code === 'string' && code.startsWith('22');
}
