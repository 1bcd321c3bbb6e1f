import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { ApiException } from '../../common/errors/api.exception';
import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { RequestContext } from '../../common/request-context';
import { WalletEntity } from '../wallet/wallet.entity';
import { BonusLifecycleService } from './bonus-lifecycle.service';
import { BonusOfferEntity } from './bonus-offer.entity';
import { BonusOffersRepository } from './bonus-offers.repository';
import { assertOfferOpen, bonusAmountFor } from './bonus-rules';
import { BonusesService } from './bonuses.service';
import { PlayerBonusEntity } from './player-bonus.entity';
import { PlayerBonusesRepository } from './player-bonuses.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A completed deposit, as read by the transaction that credits it. */
export interface CompletedDeposit {
  id: string;
  userId: string;
  walletId: string;
  amount: bigint;
  bonusId: string;
}

/** Deposit bonuses: checked when a deposit starts, activated when it completes. */
@Injectable()
export class BonusDepositsService {
  private readonly logger = new Logger(BonusDepositsService.name);

  constructor(
    private readonly bonuses: PlayerBonusesRepository,
    private readonly offers: BonusOffersRepository,
    private readonly player: BonusesService,
    private readonly lifecycle: BonusLifecycleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks a deposit's `bonus_id` before the deposit starts: it must be the player's available
   * deposit bonus, its offer open, the amount at least the minimum deposit and the player below
   * the active bonus limit. Throws 400 naming `bonus_id` or `amount`, or 409 for the limit.
   */
  async assertUsable(wallet: WalletEntity, bonusId: string, amount: bigint): Promise<void> {
    const bonus = UUID.test(bonusId) ? await this.bonuses.findOfUser(wallet.userId, bonusId) : null;
    if (!bonus) {
      throw invalidBonusId(`bonus_id ${bonusId} is not a bonus of this player`);
    }
    const offer = await this.offerOf(bonus);
    if (bonus.status !== 'available' || offer.activationType !== 'deposit') {
      throw invalidBonusId(
        bonus.status !== 'available'
          ? `bonus_id ${bonusId} is ${bonus.status}, not available`
          : `bonus_id ${bonusId} is claimed by hand, not by a deposit`,
      );
    }
    assertOfferOpen(offer, bonusId);
    const minimum = BigInt(offer.minDeposit ?? 0);
    if (amount < minimum) {
      throw new ValidationFailedException({
        amount: [`amount must be at least ${minimum} minor units to activate bonus ${bonusId}`],
      });
    }
    await this.player.assertBelowActiveLimit(wallet.userId);
  }

  /**
   * Activates the deposit's bonus in the transaction that credits the deposit, repeating the
   * checks of deposit start. When one fails now, because the offer closed or another bonus became
   * active, the deposit still completes without the bonus and the reason is logged.
   */
  async activateForDeposit(
    manager: EntityManager,
    wallet: WalletEntity,
    deposit: CompletedDeposit,
    context: RequestContext,
  ): Promise<void> {
    const bonus = await this.bonuses.lockBonus(manager, deposit.bonusId);
    if (!bonus || bonus.userId !== deposit.userId) {
      return this.skip(deposit, context, 'the bonus is not a bonus of this player');
    }
    const offer = await this.offerOf(bonus);
    const amount = bonusAmountFor(offer, deposit.amount);
    const reason = await this.refusal(manager, bonus, offer, deposit, amount);
    if (reason) {
      return this.skip(deposit, context, reason);
    }

    await this.lifecycle.activate(manager, wallet, bonus.id, offer, amount, deposit.id);
    this.audit.record('bonus_triggered', {
      request: context,
      brandId: bonus.brandId,
      userId: bonus.userId,
      details: {
        bonus_id: bonus.id,
        offer_id: offer.id,
        transaction_id: deposit.id,
        amount: amount.toString(),
      },
    });
  }

  private async refusal(
    manager: EntityManager,
    bonus: PlayerBonusEntity,
    offer: BonusOfferEntity,
    deposit: CompletedDeposit,
    amount: bigint,
  ): Promise<string | null> {
    if (bonus.status !== 'available' || offer.activationType !== 'deposit') {
      return `the bonus is ${bonus.status} with activation_type ${offer.activationType}`;
    }
    if (deposit.amount < BigInt(offer.minDeposit ?? 0) || amount <= 0n) {
      return 'the deposit is below the minimum deposit of the offer';
    }
    try {
      assertOfferOpen(offer, bonus.id);
      await this.player.assertBelowActiveLimit(bonus.userId, manager);
    } catch (error) {
      if (error instanceof ApiException) return error.message;
      throw error;
    }
    return null;
  }

  private skip(deposit: CompletedDeposit, context: RequestContext, reason: string): void {
    this.logger.warn(
      {
        req: { id: context.requestId },
        transactionId: deposit.id,
        bonusId: deposit.bonusId,
        reason,
      },
      'Deposit completed without activating its bonus',
    );
  }

  private async offerOf(bonus: PlayerBonusEntity): Promise<BonusOfferEntity> {
    const [offer] = await this.offers.findByIds([bonus.offerId]);
    return offer;
  }
}

function invalidBonusId(message: string): ValidationFailedException {
  return new ValidationFailedException({ bonus_id: [message] });
}
