import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { SigningKeysService } from './signing-keys.service';

/** Time between two checks for a due rotation or retirement. */
const CHECK_INTERVAL_MS = 60_000;

/**
 * Rotates the signing key every KEY_ROTATION_INTERVAL seconds (never when it is 0), retires
 * rotated keys once their tokens expired, and reloads the keys once a minute. Every instance
 * runs the check; the advisory lock and the age read under it make a due rotation happen once.
 */
@Injectable()
export class KeyRotationScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(KeyRotationScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly keys: SigningKeysService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), CHECK_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Runs one check now; failures are logged and the next check tries again. */
  async check(): Promise<void> {
    try {
      if (this.config.KEY_ROTATION_INTERVAL > 0) {
        await this.keys.rotateIfOlderThan(this.config.KEY_ROTATION_INTERVAL);
      }
      await this.keys.retireExpired();
      // Covers a NOTIFY lost while the listener reconnected or a reload that failed.
      await this.keys.reload();
    } catch (error) {
      this.logger.error({ err: error }, 'Scheduled signing-key check failed');
    }
  }
}
