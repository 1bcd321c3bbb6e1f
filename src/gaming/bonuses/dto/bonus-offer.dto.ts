import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { PaginationQueryDto } from '../../../common/pagination/pagination.dto';
import { MAX_AMOUNT } from '../../wallet/dto/wallet.dto';
import {
  ACTIVATION_TYPES,
  ActivationType,
  AMOUNT_TYPES,
  AmountType,
  BonusOfferEntity,
  REWARD_TYPES,
  RewardType,
} from '../bonus-offer.entity';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
export const MAX_TERMS_LENGTH = 100_000;
export const MAX_ELIGIBLE_GAMES = 100;
/** One year: the longest time a player may be given to reach a wager goal. */
export const MAX_WAGERING_SECONDS = 31_536_000;

export class CreateBonusOfferDto {
  /** @example "Welcome bonus" */
  @IsString()
  @Length(1, 100, { message: 'name must be a string of 1-100 characters' })
  name: string;

  /** @example "100% of your first deposit, up to 200.00" */
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'description must be at most 2000 characters long' })
  description?: string;

  /** @example "https://cdn.example.com/bonuses/welcome.png" */
  @IsOptional()
  @MaxLength(2048, { message: 'image_url must be at most 2048 characters long' })
  @IsUrl(HTTP_URL, { message: 'image_url must be an http or https URL' })
  image_url?: string | null;

  /** HTML, stored and served exactly as given. @example "<p>Wager 30 times in 7 days.</p>" */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TERMS_LENGTH, {
    message: `terms_and_conditions must be at most ${MAX_TERMS_LENGTH} characters long`,
  })
  terms_and_conditions?: string;

  /** Only `bonus_money` is supported so far. */
  @IsIn(REWARD_TYPES, { message: `reward_type must be one of: ${REWARD_TYPES.join(', ')}` })
  reward_type: RewardType;

  @IsIn(AMOUNT_TYPES, { message: `amount_type must be one of: ${AMOUNT_TYPES.join(', ')}` })
  amount_type: AmountType;

  /** Minor units; required when amount_type is `fixed`. */
  @IsOptional()
  @IsInt({ message: 'amount must be an integer number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_AMOUNT, { message: `amount must be at most ${MAX_AMOUNT}` })
  amount?: number | null;

  /** Percent of the deposit, 1-1000; required when amount_type is `percentage`. */
  @IsOptional()
  @IsInt({ message: 'percentage must be an integer' })
  @Min(1, { message: 'percentage must be between 1 and 1000' })
  @Max(1000, { message: 'percentage must be between 1 and 1000' })
  percentage?: number | null;

  /** Cap of a percentage bonus, in minor units; required when amount_type is `percentage`. */
  @IsOptional()
  @IsInt({ message: 'max_amount must be an integer number of minor units' })
  @Min(1, { message: 'max_amount must be at least 1' })
  @Max(MAX_AMOUNT, { message: `max_amount must be at most ${MAX_AMOUNT}` })
  max_amount?: number | null;

  /** Wager goal as a multiple of the bonus amount, 1-1000. @example 30 */
  @IsInt({ message: 'wager_multiplier must be an integer' })
  @Min(1, { message: 'wager_multiplier must be between 1 and 1000' })
  @Max(1000, { message: 'wager_multiplier must be between 1 and 1000' })
  wager_multiplier: number;

  /** `manual`: the player claims it; `deposit`: a deposit started with its id activates it. */
  @IsIn(ACTIVATION_TYPES, {
    message: `activation_type must be one of: ${ACTIVATION_TYPES.join(', ')}`,
  })
  activation_type: ActivationType;

  /** Smallest deposit that activates the bonus, in minor units; required for `deposit`. */
  @IsOptional()
  @IsInt({ message: 'min_deposit must be an integer number of minor units' })
  @Min(0, { message: 'min_deposit must be at least 0' })
  @Max(MAX_AMOUNT, { message: `min_deposit must be at most ${MAX_AMOUNT}` })
  min_deposit?: number | null;

  /** Games of the brand whose bets count; empty or absent means every game that counts. */
  @IsOptional()
  @IsArray({ message: 'game_ids must be an array of game ids' })
  @ArrayMaxSize(MAX_ELIGIBLE_GAMES, {
    message: `game_ids must list at most ${MAX_ELIGIBLE_GAMES} games`,
  })
  @ArrayUnique({ message: 'game_ids must not repeat a game' })
  @IsUUID('all', { each: true, message: 'each of game_ids must be a UUID' })
  game_ids?: string[];

  /** Start of the window in which players can take the offer. */
  @Type(() => Date)
  @IsDate({ message: 'valid_from must be an ISO 8601 date-time' })
  valid_from: Date;

  /** End of the window; after it the offer can no longer be taken. */
  @Type(() => Date)
  @IsDate({ message: 'valid_to must be an ISO 8601 date-time' })
  valid_to: Date;

  /** Seconds a player has, from activation, to reach the wager goal. @example 604800 */
  @IsInt({ message: 'wagering_seconds must be an integer' })
  @Min(1, { message: `wagering_seconds must be between 1 and ${MAX_WAGERING_SECONDS}` })
  @Max(MAX_WAGERING_SECONDS, {
    message: `wagering_seconds must be between 1 and ${MAX_WAGERING_SECONDS}`,
  })
  wagering_seconds: number;

  /** Whether players can take the offer; true when absent. */
  @IsOptional()
  @IsBoolean({ message: 'active must be a boolean' })
  active?: boolean;
}

/** Any field of an offer; `null` clears an optional one. The merged offer is checked again. */
export class UpdateBonusOfferDto extends PartialType(CreateBonusOfferDto) {}

export class BonusOfferQueryDto extends PaginationQueryDto {}

export class BonusOfferDto {
  id: string;
  name: string;
  description: string;
  image_url: string | null;
  terms_and_conditions: string;
  reward_type: RewardType;
  amount_type: AmountType;
  amount: number | null;
  percentage: number | null;
  max_amount: number | null;
  wager_multiplier: number;
  activation_type: ActivationType;
  min_deposit: number | null;
  game_ids: string[];
  valid_from: string;
  valid_to: string;
  wagering_seconds: number;
  active: boolean;
  created_at: string;
  updated_at: string;

  static from(offer: BonusOfferEntity): BonusOfferDto {
    return {
      id: offer.id,
      name: offer.name,
      description: offer.description,
      image_url: offer.imageUrl,
      terms_and_conditions: offer.termsHtml,
      reward_type: offer.rewardType,
      amount_type: offer.amountType,
      amount: nullableAmount(offer.amount),
      percentage: offer.percentage,
      max_amount: nullableAmount(offer.maxAmount),
      wager_multiplier: offer.wagerMultiplier,
      activation_type: offer.activationType,
      min_deposit: nullableAmount(offer.minDeposit),
      game_ids: offer.gameIds,
      valid_from: offer.validFrom.toISOString(),
      valid_to: offer.validTo.toISOString(),
      wagering_seconds: offer.wageringSeconds,
      active: offer.active,
      created_at: offer.createdAt.toISOString(),
      updated_at: offer.updatedAt.toISOString(),
    };
  }
}

export class BonusOfferPageDto {
  data: BonusOfferDto[];
  page: number;
  per_page: number;
  total: number;
}

/** Converts a nullable bigint column to a JSON number; amounts stay below MAX_AMOUNT. */
export function nullableAmount(value: string | null): number | null {
  return value === null ? null : Number(value);
}
