import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { Principal } from '../../common/auth/principal';
import { ApiException } from '../../common/errors/api.exception';
import { Page } from '../../common/pagination/pagination.dto';
import { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { WalletEntity } from '../wallet/wallet.entity';
import { WalletService } from '../wallet/wallet.service';
import { BonusLifecycleService } from './bonus-lifecycle.service';
import { BonusOfferEntity } from './bonus-offer.entity';
import { BonusOffersRepository } from './bonus-offers.repository';
import { activeLimitReached, assertOfferOpen, bonusAmountFor, isOfferOpen } from './bonus-rules';
import { BonusDto, BonusQueryDto } from './dto/bonus.dto';
import { PlayerBonusEntity } from './player-bonus.entity';
import { PlayerBonusesRepository } from './player-bonuses.repository';

/**
 * A player's bonuses. Every open offer of the player's brand (switched on and inside its validity
 * window) is available to each player once. Listing the bonuses gives the player an `available`
 * row per open offer, and the player claims, forfeits or deposits with that row's id.
 */
@Injectable()
export class BonusesService {
  constructor(
    private readonly bonuses: PlayerBonusesRepository,
    private readonly offers: BonusOffersRepository,
    private readonly lifecycle: BonusLifecycleService,
    private readonly wallets: WalletService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async list(principal: Principal, query: BonusQueryDto): Promise<Page<BonusDto>> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    await this.bonuses.addOpenOffers(wallet.brandId, wallet.userId);

    const offset = (query.page - 1) * query.per_page;
    const [rows, total] = await this.bonuses.findPage(
      wallet.userId,
      query.type,
      offset,
      query.per_page,
    );
    const offers = await this.offers.findByIds([...new Set(rows.map((row) => row.offerId))]);
    const offerById = new Map(offers.map((offer) => [offer.id, offer]));
    const belowLimit = (await this.bonuses.countActive(wallet.userId)) < this.maxActive;
    const data = rows.map((row) => {
      const offer = offerById.get(row.offerId) as BonusOfferEntity;
      const canAward = row.status === 'available' && belowLimit && isOfferOpen(offer);
      return BonusDto.from(row, offer, canAward);
    });
    return { data, page: query.page, per_page: query.per_page, total };
  }

  /**
   * Activates an available manual bonus and credits its amount to the `bonus` balance. The
   * wallet row lock queues concurrent claims of one player, so exactly one of them finds the
   * bonus still available.
   */
  async claim(principal: Principal, id: string, context: RequestContext): Promise<BonusDto> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const found = await this.getOwn(wallet, id);
    const offer = await this.offerOf(found);

    await this.bonuses.transaction(async (manager) => {
      const locked = await this.lockPair(manager, wallet, id);
      if (locked.bonus.status !== 'available') {
        throw new ApiException(
          409,
          'bonus_not_available',
          `Bonus ${id} is ${locked.bonus.status}, so it cannot be claimed`,
        );
      }
      if (offer.activationType === 'deposit') {
        throw new ApiException(
          422,
          'deposit_bonus',
          `Bonus ${id} is activated by a deposit: start a deposit with bonus_id ${id}`,
        );
      }
      assertOfferOpen(offer, id);
      await this.assertBelowActiveLimit(wallet.userId, manager);
      await this.lifecycle.activate(manager, locked.wallet, id, offer, bonusAmountFor(offer));
    });

    const claimed = await this.getOwn(wallet, id);
    this.audit.record('bonus_claimed', {
      request: context,
      brandId: wallet.brandId,
      clientId: principal.clientId,
      userId: wallet.userId,
      details: { bonus_id: id, offer_id: offer.id, amount: claimed.amount },
    });
    return BonusDto.from(claimed, offer, false);
  }

  /** Gives up an active bonus; its remaining bonus money leaves the wallet with a ledger entry. */
  async forfeit(principal: Principal, id: string, context: RequestContext): Promise<BonusDto> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const found = await this.getOwn(wallet, id);
    const offer = await this.offerOf(found);

    const removed = await this.bonuses.transaction(async (manager) => {
      const locked = await this.lockPair(manager, wallet, id);
      if (locked.bonus.status !== 'active') {
        throw new ApiException(
          409,
          'bonus_not_active',
          `Bonus ${id} is ${locked.bonus.status}; only an active bonus can be forfeited`,
        );
      }
      const remaining = { bonusId: id, balance: BigInt(locked.bonus.balance) };
      return this.lifecycle.remove(manager, locked.wallet, remaining, 'forfeited');
    });

    this.audit.record('bonus_forfeited', {
      request: context,
      brandId: wallet.brandId,
      clientId: principal.clientId,
      userId: wallet.userId,
      details: { bonus_id: id, offer_id: offer.id, removed: removed.toString() },
    });
    return BonusDto.from(await this.getOwn(wallet, id), offer, false);
  }

  /** Throws 409 when the player already has MAX_ACTIVE_BONUSES active bonuses. */
  async assertBelowActiveLimit(userId: string, manager?: EntityManager): Promise<void> {
    if ((await this.bonuses.countActive(userId, manager)) >= this.maxActive) {
      throw activeLimitReached(this.maxActive);
    }
  }

  private get maxActive(): number {
    return this.config.MAX_ACTIVE_BONUSES;
  }

  /** Returns the player's bonus; 404 for a bonus of another player or brand. */
  private async getOwn(wallet: WalletEntity, id: string): Promise<PlayerBonusEntity> {
    const bonus = await this.bonuses.findOfUser(wallet.userId, id);
    if (!bonus) {
      throw new NotFoundException(`Bonus ${id} was not found`);
    }
    return bonus;
  }

  private async offerOf(bonus: PlayerBonusEntity): Promise<BonusOfferEntity> {
    const [offer] = await this.offers.findByIds([bonus.offerId]);
    return offer;
  }

  /** Locks the wallet, then the bonus: the lock order every bonus change keeps. */
  private async lockPair(
    manager: EntityManager,
    wallet: WalletEntity,
    id: string,
  ): Promise<{ wallet: WalletEntity; bonus: PlayerBonusEntity }> {
    const lockedWallet = await this.bonuses.lockWallet(manager, wallet.userId);
    const bonus = await this.bonuses.lockBonus(manager, id);
    if (!lockedWallet || !bonus) {
      throw new NotFoundException(`Bonus ${id} was not found`);
    }
    return { wallet: lockedWallet, bonus };
  }
}
