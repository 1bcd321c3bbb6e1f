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

  /** Whether bets on this game count towards a bonus's wager goal; true when absent. */
  @IsOptional()
  @IsBoolean({ message: 'counts_for_wagering must be a boolean' })
  counts_for_wagering?: boolean;
}

export class UpdateGameDto {
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'name must be a string of 1-100 characters' })
  name?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64, { message: 'category must be a string of 1-64 characters' })
  category?: string;

  @IsOptional()
  @IsBoolean({ message: 'counts_for_wagering must be a boolean' })
  counts_for_wagering?: boolean;
}

export class GameQueryDto extends PaginationQueryDto {}

export class GameDto {
  id: string;
  name: string;
  provider: string;
  category: string;
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
  page: number;
  per_page: number;
  total: number;
}
