import { ApiProperty, PartialType } from '@nestjs/swagger';
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
import { CalendarDate } from '../../../common/calendar-date';

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

  /** @example "percentage" */
  @IsIn(AMOUNT_TYPES, { message: `amount_type must be one of: ${AMOUNT_TYPES.join(', ')}` })
  amount_type: AmountType;

  /** Minor units; required when amount_type is `fixed`, absent or null otherwise. */
  // The example is null because the example offer is a percentage bonus. It is set here because
  // the OpenAPI compiler plugin drops a null JSDoc `@example`.
  @ApiProperty({ example: null })
  @IsOptional()
  @IsInt({ message: 'amount must be an integer number of minor units' })
  @Min(1, { message: 'amount must be at least 1' })
  @Max(MAX_AMOUNT, { message: `amount must be at most ${MAX_AMOUNT}` })
  amount?: number | null;

  /**
   * Percent of the deposit, 1-1000; required when amount_type is `percentage`.
   * @example 100
   */
  @IsOptional()
  @IsInt({ message: 'percentage must be an integer' })
  @Min(1, { message: 'percentage must be between 1 and 1000' })
  @Max(1000, { message: 'percentage must be between 1 and 1000' })
  percentage?: number | null;

  /**
   * Cap of a percentage bonus, in minor units; required when amount_type is `percentage`.
   * @example 20000
   */
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

  /**
   * `manual`: the player claims it; `deposit`: a deposit started with its id activates it.
   * @example "deposit"
   */
  @IsIn(ACTIVATION_TYPES, {
    message: `activation_type must be one of: ${ACTIVATION_TYPES.join(', ')}`,
  })
  activation_type: ActivationType;

  /**
   * Smallest deposit that activates the bonus, in minor units; required for `deposit`.
   * @example 1000
   */
  @IsOptional()
  @IsInt({ message: 'min_deposit must be an integer number of minor units' })
  @Min(0, { message: 'min_deposit must be at least 0' })
  @Max(MAX_AMOUNT, { message: `min_deposit must be at most ${MAX_AMOUNT}` })
  min_deposit?: number | null;

  /**
   * Games of the brand whose bets count; empty or absent means every game that counts.
   * @example []
   */
  @IsOptional()
  @IsArray({ message: 'game_ids must be an array of game ids' })
  @ArrayMaxSize(MAX_ELIGIBLE_GAMES, {
    message: `game_ids must list at most ${MAX_ELIGIBLE_GAMES} games`,
  })
  @ArrayUnique({ message: 'game_ids must not repeat a game' })
  @IsUUID('all', { each: true, message: 'each of game_ids must be a UUID' })
  game_ids?: string[];

  /**
   * Start of the window in which players can take the offer.
   * @example "2026-01-01T00:00:00.000Z"
   */
  @CalendarDate()
  @IsDate({ message: 'valid_from must be an ISO 8601 date-time' })
  valid_from: Date;

  /**
   * End of the window; after it the offer can no longer be taken.
   * @example "2027-12-31T23:59:59.000Z"
   */
  @CalendarDate()
  @IsDate({ message: 'valid_to must be an ISO 8601 date-time' })
  valid_to: Date;

  /** Seconds a player has, from activation, to reach the wager goal. @example 604800 */
  @IsInt({ message: 'wagering_seconds must be an integer' })
  @Min(1, { message: `wagering_seconds must be between 1 and ${MAX_WAGERING_SECONDS}` })
  @Max(MAX_WAGERING_SECONDS, {
    message: `wagering_seconds must be between 1 and ${MAX_WAGERING_SECONDS}`,
  })
  wagering_seconds: number;

  /**
   * Whether players can take the offer; true when absent.
   * @example true
   */
  @IsOptional()
  @IsBoolean({ message: 'active must be a boolean' })
  active?: boolean;
}

/** Any field of an offer; `null` clears an optional one. The merged offer is checked again. */
export class UpdateBonusOfferDto extends PartialType(CreateBonusOfferDto) {}

export class BonusOfferQueryDto extends PaginationQueryDto {}

/** A bonus offer as returned to the back office, with money in minor units. */
export class BonusOfferDto {
  /** @example "5b1f0c2e-8d4a-4f6b-9c3e-1a2b3c4d5e6f" */
  id: string;
  /** @example "Welcome bonus" */
  name: string;
  /** @example "100% of your first deposit, up to 200.00" */
  description: string;
  /** @example "https://cdn.example.com/bonuses/welcome.png" */
  image_url: string | null;
  /** @example "<p>Wager 30 times in 7 days.</p>" */
  terms_and_conditions: string;
  reward_type: RewardType;
  /** @example "percentage" */
  amount_type: AmountType;
  /** Fixed bonus amount; null for a percentage bonus. */
  @ApiProperty({ example: null })
  amount: number | null;
  /**
   * Percent of the deposit; null for a fixed bonus.
   * @example 100
   */
  percentage: number | null;
  /**
   * Cap of a percentage bonus; null for a fixed bonus.
   * @example 20000
   */
  max_amount: number | null;
  /** @example 30 */
  wager_multiplier: number;
  /** @example "deposit" */
  activation_type: ActivationType;
  /**
   * Smallest deposit that activates the bonus; null for a manual bonus.
   * @example 1000
   */
  min_deposit: number | null;
  /**
   * Games whose bets count; empty means every game that counts.
   * @example []
   */
  game_ids: string[];
  /** @example "2026-01-01T00:00:00.000Z" */
  valid_from: string;
  /** @example "2027-12-31T23:59:59.000Z" */
  valid_to: string;
  /** @example 604800 */
  wagering_seconds: number;
  /** @example true */
  active: boolean;
  /** @example "2025-12-20T10:00:00.000Z" */
  created_at: string;
  /** @example "2025-12-20T10:00:00.000Z" */
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
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 3 */
  total: number;
}

/** Converts a nullable bigint column to a JSON number; amounts stay below MAX_AMOUNT. */
export function nullableAmount(value: string | null): number | null {
  return value === null ? null : Number(value);
}
