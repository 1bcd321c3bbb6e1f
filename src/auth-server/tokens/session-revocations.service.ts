import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

import { NotificationListener } from './notification-listener';
import { SessionsRepository } from './sessions.repository';
import { MAX_ACCESS_TOKEN_TTL, SESSION_REVOKED_CHANNEL } from './token.constants';

/** Revoked session ids are kept this long: past it, every access token of the session expired. */
const RETENTION_MS = (MAX_ACCESS_TOKEN_TTL + 60) * 1000;
const PRUNE_INTERVAL_MS = 60_000;

/**
 * The set of revoked sessions, kept in memory so that the bearer guard needs no database read.
 * Every instance LISTENs on `session_revoked`; the transaction that revokes a session sends the
 * NOTIFY, so all instances learn of it when it commits. The set is reloaded from the database at
 * start and after a lost listener connection.
 */
@Injectable()
export class SessionRevocationsService implements OnModuleInit, OnModuleDestroy {
  private readonly revoked = new Map<string, number>();
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    private readonly repository: SessionsRepository,
    private readonly listener: NotificationListener,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.subscribe(SESSION_REVOKED_CHANNEL, {
      onNotification: (sessionId) => this.add(sessionId),
      onSubscribed: () => this.loadRecent(),
    });
    this.pruneTimer = setInterval(() => this.prune(), PRUNE_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruneTimer);
  }

  isRevoked(sessionId: string): boolean {
    return this.revoked.has(sessionId);
  }

  /** Records a revocation made by this instance before its NOTIFY comes back. */
  add(sessionId: string): void {
    this.revoked.set(sessionId, Date.now());
  }

  private async loadRecent(): Promise<void> {
    const rows = await this.repository.findRevokedSince(RETENTION_MS / 1000);
    for (const row of rows) {
      this.revoked.set(row.id, row.revoked_at.getTime());
    }
  }

  private prune(): void {
    const cutoff = Date.now() - RETENTION_MS;
    for (const [sessionId, revokedAt] of this.revoked) {
      if (revokedAt < cutoff) {
        this.revoked.delete(sessionId);
      }
    }
  }
}
