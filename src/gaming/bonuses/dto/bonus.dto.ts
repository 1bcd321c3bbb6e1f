import { IsIn, IsOptional } from 'class-validator';

import { PaginationQueryDto } from '../../../common/pagination/pagination.dto';
import { ActivationType, BonusOfferEntity, RewardType } from '../bonus-offer.entity';
import { BonusStatus, PlayerBonusEntity } from '../player-bonus.entity';
import { BonusListType } from '../player-bonuses.repository';
import { nullableAmount } from './bonus-offer.dto';

const LIST_TYPES: BonusListType[] = ['available', 'active', 'claimed', 'deposit'];

export class BonusQueryDto extends PaginationQueryDto {
  /**
   * `available`: open offers not yet taken; `deposit`: those of them a deposit activates;
   * `active` and `claimed` by status. Absent: every bonus of the player.
   */
  @IsOptional()
  @IsIn(LIST_TYPES, { message: `type must be one of: ${LIST_TYPES.join(', ')}` })
  type?: BonusListType;
}

/** A player's bonus in the XCaliber Bonus shape; money in minor units. */
export class BonusDto {
  /**
   * The id to claim, forfeit, or pass as a deposit's bonus_id.
   * @example "9d2e4f60-3b1a-4c8d-8e7f-0a1b2c3d4e5f"
   */
  id: string;
  /** @example "Welcome bonus" */
  name: string;
  /** @example "100% of your first deposit, up to 200.00" */
  description: string;
  /**
   * Image URL.
   * @example "https://cdn.example.com/bonuses/welcome.png"
   */
  image: string | null;
  reward: RewardType;
  status: BonusStatus;
  /**
   * Bonus money given; before activation, the fixed amount, or null for a percentage bonus.
   * @example 5000
   */
  amount: number | null;
  /**
   * Bonus money not yet spent on bets.
   * @example 4200
   */
  balance: number;
  /**
   * Sum of bets to place before the bonus converts to real money; null until it is known.
   * @example 150000
   */
  wager_goal: number | null;
  /**
   * Sum of the bets counted towards the wager goal so far.
   * @example 12000
   */
  wagered: number;
  /**
   * Whether the player can take this bonus now.
   * @example false
   */
  can_award: boolean;
  /** @example "2026-01-15T09:30:00.000Z" */
  activated_date: string | null;
  /**
   * End of the wagering time once active; before that, the end of the offer.
   * @example "2026-01-22T09:30:00.000Z"
   */
  expiry_date: string | null;
  activation_type: ActivationType;
  /**
   * Smallest deposit that activates a deposit bonus, in minor units.
   * @example 1000
   */
  min_deposit: number | null;
  /**
   * Ids of the games whose bets count; empty means every game that counts for wagering.
   * @example []
   */
  game: string[];
  /**
   * HTML, as the brand wrote it.
   * @example "<p>Wager 30 times in 7 days.</p>"
   */
  terms_and_conditions: string;

  static from(bonus: PlayerBonusEntity, offer: BonusOfferEntity, canAward: boolean): BonusDto {
    const fixed = offer.amountType === 'fixed' ? offer.amount : null;
    const amount = bonus.amount ?? fixed;
    const wagerGoal =
      bonus.wagerGoal ??
      (fixed === null ? null : (BigInt(fixed) * BigInt(offer.wagerMultiplier)).toString());
    return {
      id: bonus.id,
      name: offer.name,
      description: offer.description,
      image: offer.imageUrl,
      reward: offer.rewardType,
      status: bonus.status,
      amount: nullableAmount(amount),
      balance: Number(bonus.balance),
      wager_goal: nullableAmount(wagerGoal),
      wagered: Number(bonus.wagered),
      can_award: canAward,
      activated_date: bonus.activatedAt?.toISOString() ?? null,
      expiry_date: (bonus.expiresAt ?? offer.validTo).toISOString(),
      activation_type: offer.activationType,
      min_deposit: nullableAmount(offer.minDeposit),
      game: offer.gameIds,
      terms_and_conditions: offer.termsHtml,
    };
  }
}

export class BonusPageDto {
  data: BonusDto[];
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 2 */
  total: number;
}
