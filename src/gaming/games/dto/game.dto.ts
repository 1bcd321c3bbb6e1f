import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

import { PaginationQueryDto } from '../../../common/pagination/pagination.dto';
import { GameEntity } from '../game.entity';

export class CreateGameDto {
  /** @example "Book of Gold" */
  @IsString()
  @Length(1, 100, { message: 'name must be a string of 1-100 characters' })
  name: string;

  /** @example "sandbox-games" */
  @IsString()
  @Length(1, 64, { message: 'provider must be a string of 1-64 characters' })
  provider: string;

  /** @example "slots" */
  @IsString()
  @Length(1, 64, { message: 'category must be a string of 1-64 characters' })
  category: string;

  /**
   * Whether bets on this game count towards a bonus's wager goal; true when absent.
   * @example true
   */
  @IsOptional()
  @IsBoolean({ message: 'counts_for_wagering must be a boolean' })
  counts_for_wagering?: boolean;
}

export class UpdateGameDto {
  /** @example "Book of Gold" */
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'name must be a string of 1-100 characters' })
  name?: string;

  /** @example "slots" */
  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'category must be a string of 1-64 characters' })
  category?: string;

  /** @example false */
  @IsOptional()
  @IsBoolean({ message: 'counts_for_wagering must be a boolean' })
  counts_for_wagering?: boolean;
}

export class GameQueryDto extends PaginationQueryDto {}

export class GameDto {
  /** @example "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" */
  id: string;
  /** @example "Book of Gold" */
  name: string;
  /** @example "sandbox-games" */
  provider: string;
  /** @example "slots" */
  category: string;
  /** @example true */
  counts_for_wagering: boolean;

  static from(game: GameEntity): GameDto {
    return {
      id: game.id,
      name: game.name,
      provider: game.provider,
      category: game.category,
      counts_for_wagering: game.countsForWagering,
    };
  }
}

export class GamePageDto {
  data: GameDto[];
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 42 */
  total: number;
}
