import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';

import { AppConfig } from '../../config/app-config';
import { MAX_ACCESS_TOKEN_TTL } from './token.constants';

export const SESSION_REVOKED_CHANNEL = 'session_revoked';

/** Revoked session ids are kept this long: past it, every access token of the session expired. */
const RETENTION_MS = (MAX_ACCESS_TOKEN_TTL + 60) * 1000;
const RECONNECT_DELAY_MS = 1000;

/**
 * The set of revoked sessions, kept in memory so that the bearer guard needs no database read.
 * Every instance LISTENs on `session_revoked`; the transaction that revokes a session sends the
 * NOTIFY, so all instances learn of it when it commits.
 */
@Injectable()
export class SessionRevocationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionRevocationsService.name);
  private readonly revoked = new Map<string, number>();
  private listener?: Client;
  private pruneTimer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listen();
    this.pruneTimer = setInterval(() => this.prune(), 60_000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pruneTimer);
    clearTimeout(this.reconnectTimer);
    await this.listener?.end().catch(() => undefined);
  }

  isRevoked(sessionId: string): boolean {
    return this.revoked.has(sessionId);
  }

  /** Records a revocation made by this instance before its NOTIFY comes back. */
  add(sessionId: string): void {
    this.revoked.set(sessionId, Date.now());
  }

  /** Subscribes first, then loads recent revocations, so that none falls between the two. */
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message: Notification) => {
      if (message.channel === SESSION_REVOKED_CHANNEL && message.payload) {
        this.add(message.payload);
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`Revocation listener lost its connection: ${error.message}`);
      this.scheduleReconnect();
    });

    await client.connect();
    await client.query(`LISTEN ${SESSION_REVOKED_CHANNEL}`);
    this.listener = client;
    await this.loadRecent();
  }

  private async loadRecent(): Promise<void> {
    const rows: { id: string; revoked_at: Date }[] = await this.dataSource.query(
      `SELECT id, revoked_at FROM sessions
       WHERE revoked_at > now() - make_interval(secs => $1)`,
      [RETENTION_MS / 1000],
    );
    for (const row of rows) {
      this.revoked.set(row.id, row.revoked_at.getTime());
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) {
      return;
    }
    void this.listener?.end().catch(() => undefined);
    this.listener = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.listen().catch((error: Error) => {
        this.logger.warn(`Revocation listener could not reconnect: ${error.message}`);
        this.scheduleReconnect();
      });
    }, RECONNECT_DELAY_MS).unref();
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
