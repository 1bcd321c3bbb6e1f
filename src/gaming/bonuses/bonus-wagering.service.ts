import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { RequestContext } from '../../common/request-context';
import { WalletEntity } from '../wallet/wallet.entity';
import { BonusLifecycleService } from './bonus-lifecycle.service';
import { PlayerBonusesRepository, WageringBonus } from './player-bonuses.repository';

/** A bet of a round, as the round's transaction recorded it. */
export interface RoundBet {
  wallet: WalletEntity;
  gameId: string;
  /** The round's row id, which its ledger entries reference. */
  roundRowId: string;
  /** The whole bet in minor units, real and bonus money together. */
  amount: bigint;
  /** The HTTP request that reported the round. */
  request: RequestContext;
}

/**
 * Counts bets towards wager goals. The whole bet counts towards the oldest active bonus that the
 * game is eligible for, as long as that bonus's wagering time runs. Reaching the goal converts
 * what is left of that bonus to real money.
 */
@Injectable()
export class BonusWageringService {
  constructor(
    private readonly bonuses: PlayerBonusesRepository,
    private readonly lifecycle: BonusLifecycleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Applies a round's bet to the player's active bonuses. The caller runs it inside the round's
   * transaction after debiting the bet and holding the wallet row lock. That lock makes rounds of
   * one player apply one at a time, and the `active` status check makes a conversion happen once.
   * Returns the bonus money converted to real money by this bet, 0 when none was.
   */
  async recordBet(manager: EntityManager, bet: RoundBet): Promise<bigint> {
    if (bet.amount <= 0n) {
      return 0n;
    }
    const active = await this.bonuses.lockForWagering(manager, {
      userId: bet.wallet.userId,
      gameId: bet.gameId,
      roundRowId: bet.roundRowId,
    });
    if (active.length === 0) {
      return 0n;
    }

    const balances = spendBonusMoney(BigInt(active[0].betFromBonus), active);
    const wagering = active[0].gameCounts
      ? active.find((bonus) => bonus.running && isEligible(bonus, bet.gameId))
      : undefined;
    let converted = 0n;
    for (const bonus of active) {
      const wagered = BigInt(bonus.wagered) + (bonus === wagering ? bet.amount : 0n);
      const balance = balances.get(bonus.id) as bigint;
      if (bonus === wagering || balance !== BigInt(bonus.balance)) {
        await this.bonuses.saveProgress(manager, bonus.id, { balance, wagered });
      }
      if (bonus === wagering && wagered >= BigInt(bonus.wagerGoal)) {
        converted += await this.convert(manager, bet, bonus, balance);
      }
    }
    return converted;
  }

  private async convert(
    manager: EntityManager,
    bet: RoundBet,
    bonus: WageringBonus,
    balance: bigint,
  ): Promise<bigint> {
    const { wallet } = bet;
    const converted = await this.lifecycle.convert(manager, wallet, {
      bonusId: bonus.id,
      balance,
    });
    // NOTE: the audit event is buffered outside this transaction, so a round that fails after
    // this point and rolls back still leaves the event in the log.
    this.audit.record('bonus_converted', {
      request: bet.request,
      brandId: wallet.brandId,
      userId: wallet.userId,
      details: { bonus_id: bonus.id, offer_id: bonus.offerId, converted: converted.toString() },
    });
    return converted;
  }
}

/** Charges the bonus money a bet took to the active bonuses, oldest first; returns new balances. */
function spendBonusMoney(betFromBonus: bigint, active: WageringBonus[]): Map<string, bigint> {
  let unpaid = betFromBonus;
  const balances = new Map<string, bigint>();
  for (const bonus of active) {
    const balance = BigInt(bonus.balance);
    const spent = unpaid < balance ? unpaid : balance;
    balances.set(bonus.id, balance - spent);
    unpaid -= spent;
  }
  return balances;
}

/** Returns whether the offer counts bets on the game: it lists the game, or lists none. */
function isEligible(bonus: WageringBonus, gameId: string): boolean {
  return bonus.gameIds.length === 0 || bonus.gameIds.includes(gameId);
}
