import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

import { NotificationListener } from './notification-listener';
import {
  ACCESS_TOKEN_REVOKED_CHANNEL,
  RevokedAccessTokensRepository,
} from './revoked-access-tokens.repository';
import { CLOCK_SKEW_LEEWAY } from './token.constants';

/**
 * Seconds a revocation is kept after the token's `exp`: verification accepts a token up to
 * CLOCK_SKEW_LEEWAY seconds after it, and a minute more covers clock differences between hosts.
 */
const GRACE_SECONDS = CLOCK_SKEW_LEEWAY + 60;
const PRUNE_INTERVAL_MS = 60_000;

/**
 * The set of access tokens revoked by `jti` before their expiry, kept in memory so that the
 * bearer guard needs no database read. Every instance LISTENs on `access_token_revoked`, and
 * the transaction that stores a revocation sends the NOTIFY, so all instances learn of it when
 * it commits. The set is reloaded from `revoked_access_tokens` at start and after a lost
 * listener connection, and entries leave it once their token expired.
 */
@Injectable()
export class AccessTokenRevocationsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(AccessTokenRevocationsService.name);
  /** Expiry of each revoked token, in milliseconds since the epoch, by `jti`. */
  private readonly revoked = new Map<string, number>();
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    private readonly repository: RevokedAccessTokensRepository,
    private readonly listener: NotificationListener,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.listener.subscribe(ACCESS_TOKEN_REVOKED_CHANNEL, {
      onNotification: (payload) => this.addFromNotification(payload),
      onSubscribed: () => this.loadUnexpired(),
    });
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruneTimer);
  }

  isRevoked(jti: string): boolean {
    return this.revoked.has(jti);
  }

  /**
   * Revokes an access token on every instance. `exp` is the token's expiry in seconds since the
   * epoch. Returns false when the token was already revoked.
   */
  async revoke(jti: string, exp: number): Promise<boolean> {
    const expiresAt = new Date(exp * 1000);
    const stored = await this.repository.revoke({ jti, expiresAt });
    // This instance rejects the token at once instead of waiting for its own NOTIFY.
    this.revoked.set(jti, expiresAt.getTime());
    return stored;
  }

  private addFromNotification(payload: string): void {
    const [jti, exp] = payload.split(' ');
    const expSeconds = Number(exp);
    if (!jti || !Number.isFinite(expSeconds)) {
      this.logger.warn(`Ignored a malformed ${ACCESS_TOKEN_REVOKED_CHANNEL} notification`);
      return;
    }
    this.revoked.set(jti, expSeconds * 1000);
  }

  private async loadUnexpired(): Promise<void> {
    for (const token of await this.repository.findUnexpired(GRACE_SECONDS)) {
      this.revoked.set(token.jti, token.expiresAt.getTime());
    }
  }

  /** Forgets revocations of expired tokens, in memory and in the table. */
  private async prune(): Promise<void> {
    const cutoff = Date.now() - GRACE_SECONDS * 1000;
    for (const [jti, expiresAt] of this.revoked) {
      if (expiresAt < cutoff) {
        this.revoked.delete(jti);
      }
    }
    try {
      await this.repository.deleteExpired(GRACE_SECONDS);
    } catch (error) {
      this.logger.warn(
        `Could not delete expired access-token revocations: ${(error as Error).message}`,
      );
    }
  }
}
