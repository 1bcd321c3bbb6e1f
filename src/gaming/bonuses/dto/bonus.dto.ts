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
  /** The id to claim, forfeit, or pass as a deposit's bonus_id. */
  id: string;
  name: string;
  description: string;
  /** Image URL. */
  image: string | null;
  reward: RewardType;
  status: BonusStatus;
  /** Bonus money given; before activation, the fixed amount, or null for a percentage bonus. */
  amount: number | null;
  /** Bonus money not yet spent on bets. */
  balance: number;
  /** Sum of bets to place before the bonus converts to real money; null until it is known. */
  wager_goal: number | null;
  wagered: number;
  /** Whether the player can take this bonus now. */
  can_award: boolean;
  activated_date: string | null;
  /** End of the wagering time once active; before that, the end of the offer. */
  expiry_date: string | null;
  activation_type: ActivationType;
  /** Smallest deposit that activates a deposit bonus, in minor units. */
  min_deposit: number | null;
  /** Ids of the games whose bets count; empty means every game that counts for wagering. */
  game: string[];
  /** HTML, as the brand wrote it. */
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
  page: number;
  per_page: number;
  total: number;
}
