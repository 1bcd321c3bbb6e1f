import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { WalletEntity } from '../wallet/wallet.entity';
import { WalletService } from '../wallet/wallet.service';
import { BonusOfferEntity } from './bonus-offer.entity';
import { BonusStatus } from './player-bonus.entity';
import { PlayerBonusesRepository } from './player-bonuses.repository';

/** Bonus money a bonus still holds, given what its player's wallet holds. */
export interface RemainingMoney {
  bonusId: string;
  balance: bigint;
}

/**
 * Status changes of a player's bonus together with their ledger entries. Every method runs in the
 * caller's transaction, which must already hold the player's wallet row lock.
 */
@Injectable()
export class BonusLifecycleService {
  constructor(
    private readonly bonuses: PlayerBonusesRepository,
    private readonly wallets: WalletService,
  ) {}

  /** Activates a bonus of `amount` minor units and credits the wallet's `bonus` balance. */
  async activate(
    manager: EntityManager,
    wallet: WalletEntity,
    bonusId: string,
    offer: BonusOfferEntity,
    amount: bigint,
    transactionId?: string,
  ): Promise<void> {
    const wagerGoal = amount * BigInt(offer.wagerMultiplier);
    await this.bonuses.activate(manager, bonusId, {
      amount,
      wagerGoal,
      wageringSeconds: offer.wageringSeconds,
      transactionId,
    });
    await this.wallets.move(
      {
        wallet,
        balance: 'bonus',
        amount,
        type: 'bonus_credit',
        referenceType: 'bonus',
        referenceId: bonusId,
      },
      manager,
    );
  }

  /**
   * Moves the bonus's remaining money from `bonus` to `real` and marks it claimed. Returns the
   * amount converted, which is zero when the bets already spent it.
   */
  async convert(
    manager: EntityManager,
    wallet: WalletEntity,
    remaining: RemainingMoney,
  ): Promise<bigint> {
    const amount = await this.withinWallet(manager, wallet, remaining.balance);
    if (amount > 0n) {
      const reference = { wallet, referenceType: 'bonus', referenceId: remaining.bonusId };
      await this.wallets.move(
        { ...reference, balance: 'bonus', amount: -amount, type: 'bonus_conversion' },
        manager,
      );
      await this.wallets.move(
        { ...reference, balance: 'real', amount, type: 'bonus_conversion' },
        manager,
      );
    }
    await this.bonuses.finish(manager, remaining.bonusId, 'claimed');
    return amount;
  }

  /**
   * Removes the bonus's remaining money from the `bonus` balance and ends the bonus as forfeited
   * or expired. Returns the amount removed.
   */
  async remove(
    manager: EntityManager,
    wallet: WalletEntity,
    remaining: RemainingMoney,
    status: Extract<BonusStatus, 'forfeited' | 'expired'>,
  ): Promise<bigint> {
    const amount = await this.withinWallet(manager, wallet, remaining.balance);
    if (amount > 0n) {
      await this.wallets.move(
        {
          wallet,
          balance: 'bonus',
          amount: -amount,
          type: 'bonus_forfeit',
          referenceType: 'bonus',
          referenceId: remaining.bonusId,
        },
        manager,
      );
    }
    await this.bonuses.finish(manager, remaining.bonusId, status);
    return amount;
  }

  /**
   * Caps a bonus's balance at the wallet's bonus balance, which a back-office adjustment may
   * have lowered below it.
   */
  private async withinWallet(
    manager: EntityManager,
    wallet: WalletEntity,
    balance: bigint,
  ): Promise<bigint> {
    const inWallet = await this.bonuses.bonusBalanceOf(manager, wallet.id);
    return balance < inWallet ? balance : inWallet;
  }
}
