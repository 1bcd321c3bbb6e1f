import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

import { AppConfig } from '../../config/app-config';
import { idempotencyKeyReused } from './idempotency.errors';
import { IdempotencyKeysRepository, IdempotencyScope } from './idempotency-keys.repository';

const PRUNE_INTERVAL_MS = 10 * 60_000;
/** Rows deleted per statement, which bounds the row locks one statement takes. */
const PRUNE_BATCH_SIZE = 1000;
/** Batches per prune. Expired rows beyond them wait for the next run. */
const PRUNE_MAX_BATCHES = 20;

/** The outcome of presenting a key: run the route under a claim, or replay a stored response. */
export type IdempotencyStart =
  | { kind: 'claimed'; claimId: string }
  | { kind: 'in_progress' }
  | { kind: 'replay'; status: number; body: unknown };

/** Decides what a request with an Idempotency-Key does, and stores what it returned. */
@Injectable()
export class IdempotencyService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyService.name);
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    private readonly repository: IdempotencyKeysRepository,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.pruneTimer);
  }

  /**
   * Claims the key for this request, or returns the stored response of the same request.
   * Throws 422 when the key was used with another request.
   */
  async start(scope: IdempotencyScope, requestHash: string): Promise<IdempotencyStart> {
    const claimId = randomUUID();
    const claimed = await this.repository.claim(scope, {
      claimId,
      requestHash,
      ttlSeconds: this.config.IDEMPOTENCY_KEY_TTL,
      lockTimeoutSeconds: this.config.IDEMPOTENCY_LOCK_TIMEOUT,
    });
    if (claimed) {
      return { kind: 'claimed', claimId };
    }

    const stored = await this.repository.find(scope);
    if (stored && stored.requestHash !== requestHash) {
      throw idempotencyKeyReused();
    }
    // No row means that the request that claimed the key failed with a 5xx and released it a
    // moment ago, so the client retries as it would after a 409.
    if (!stored || stored.responseStatus === null) {
      return { kind: 'in_progress' };
    }
    return { kind: 'replay', status: stored.responseStatus, body: stored.responseBody };
  }

  /**
   * Stores the response for replay. A failure is logged and not raised, because the route has
   * already run: the client gets its response, and the key stays claimed until
   * IDEMPOTENCY_LOCK_TIMEOUT passes.
   */
  async complete(
    scope: IdempotencyScope,
    claimId: string,
    status: number,
    body: unknown,
  ): Promise<void> {
    try {
      await this.repository.complete(scope, claimId, status, body);
    } catch (error) {
      this.logger.error(
        `Failed to store the response of idempotent request ${claimId}: ${(error as Error).message}`,
      );
    }
  }

  /** Frees the key after a 5xx so that the client can retry with it. */
  async release(scope: IdempotencyScope, claimId: string): Promise<void> {
    try {
      await this.repository.release(scope, claimId);
    } catch (error) {
      this.logger.error(
        `Failed to release the Idempotency-Key of request ${claimId}: ${(error as Error).message}`,
      );
    }
  }

  /** Deletes expired keys in bounded batches. */
  async prune(): Promise<void> {
    try {
      for (let batch = 0; batch < PRUNE_MAX_BATCHES; batch++) {
        const deleted = await this.repository.deleteExpired(PRUNE_BATCH_SIZE);
        if (deleted < PRUNE_BATCH_SIZE) {
          return;
        }
      }
    } catch (error) {
      this.logger.warn(`Failed to delete expired idempotency keys: ${(error as Error).message}`);
    }
  }
}
