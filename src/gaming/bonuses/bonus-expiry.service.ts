import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { BonusLifecycleService } from './bonus-lifecycle.service';
import { PlayerBonusesRepository } from './player-bonuses.repository';

/** Bonuses expired in one database transaction; a run repeats batches until none is left. */
const BATCH_SIZE = 100;

/** An expired bonus and the bonus money removed with it. */
export interface ExpiredBonus {
  bonusId: string;
  brandId: string;
  userId: string;
  removed: bigint;
}

/**
 * Expires active bonuses whose wagering time ran out, removing their remaining bonus money, every
 * BONUS_EXPIRY_INTERVAL_SECONDS. Instances running it at once take disjoint players: each batch
 * locks the players' wallets with SKIP LOCKED, and a bonus is expired only if still active.
 */
@Injectable()
export class BonusExpiryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(BonusExpiryService.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<ExpiredBonus[]>;

  constructor(
    private readonly bonuses: PlayerBonusesRepository,
    private readonly lifecycle: BonusLifecycleService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.bonusExpiryIntervalSeconds;
    if (seconds > 0) {
      this.timer = setInterval(() => void this.runScheduled(), seconds * 1000).unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Expires every bonus due now and returns them; a run already in progress is joined. */
  expireDue(): Promise<ExpiredBonus[]> {
    this.running ??= this.expireAll().finally(() => (this.running = undefined));
    return this.running;
  }

  private async runScheduled(): Promise<void> {
    try {
      const expired = await this.expireDue();
      if (expired.length > 0) {
        this.logger.log({ count: expired.length }, 'Expired bonuses');
      }
    } catch (error) {
      this.logger.error({ err: error }, 'Bonus expiry run failed; the next run retries');
    }
  }

  private async expireAll(): Promise<ExpiredBonus[]> {
    const expired: ExpiredBonus[] = [];
    for (;;) {
      const batch = await this.expireBatch();
      expired.push(...batch.expired);
      if (batch.locked < BATCH_SIZE) {
        return expired;
      }
    }
  }

  private async expireBatch(): Promise<{ locked: number; expired: ExpiredBonus[] }> {
    const result = await this.bonuses.transaction(async (manager) => {
      const due = await this.bonuses.lockDue(manager, BATCH_SIZE);
      const expired: ExpiredBonus[] = [];
      for (const { id, walletId } of due) {
        const bonus = await this.bonuses.lockBonus(manager, id);
        const wallet = await this.bonuses.lockWallet(manager, bonus?.userId ?? '');
        if (!bonus || !wallet || wallet.id !== walletId || bonus.status !== 'active') {
          continue;
        }
        const remaining = { bonusId: id, balance: BigInt(bonus.balance) };
        const removed = await this.lifecycle.remove(manager, wallet, remaining, 'expired');
        expired.push({ bonusId: id, brandId: bonus.brandId, userId: bonus.userId, removed });
      }
      return { locked: due.length, expired };
    });

    for (const bonus of result.expired) {
      this.audit.record('bonus_expired', {
        request: null,
        brandId: bonus.brandId,
        userId: bonus.userId,
        details: { bonus_id: bonus.bonusId, removed: bonus.removed.toString() },
      });
    }
    return result;
  }
}
