import { Type } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

import { PaginationQueryDto } from '../../../common/pagination/pagination.dto';
import { GameSessionEntity } from '../game-session.entity';

/** Largest bet or win of one round: 10^13 minor units, inside a JS number's exact range. */
export const MAX_ROUND_AMOUNT = 10_000_000_000_000;

const AMOUNT_MESSAGE = (field: string): string =>
  `${field} must be an integer number of minor units between 0 and ${MAX_ROUND_AMOUNT}`;

export class StartGameSessionDto {
  @IsUUID('all', { message: 'game_id must be the id of a game of this brand' })
  game_id: string;
}

export class EndGameSessionDto {
  /** The only change allowed: ending the session. */
  @IsIn(['ended'], { message: 'status must be "ended"' })
  status: 'ended';
}

export class RecordRoundDto {
  /** The provider's round id, unique per provider. @example "r-10001" */
  @IsString()
  @Length(1, 128, { message: 'round_id must be a string of 1-128 characters' })
  round_id: string;

  /** @example 100 */
  @IsInt({ message: AMOUNT_MESSAGE('bet') })
  @Min(0, { message: AMOUNT_MESSAGE('bet') })
  @Max(MAX_ROUND_AMOUNT, { message: AMOUNT_MESSAGE('bet') })
  bet: number;

  /** @example 250 */
  @IsInt({ message: AMOUNT_MESSAGE('win') })
  @Min(0, { message: AMOUNT_MESSAGE('win') })
  @Max(MAX_ROUND_AMOUNT, { message: AMOUNT_MESSAGE('win') })
  win: number;
}

export class GameSessionQueryDto extends PaginationQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'game_id must be a UUID' })
  game_id?: string;

  /** Sessions started at or after this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Sessions started before this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

export class SessionGameDto {
  id: string;
  name: string;
}

/** A game session; amounts in minor units of the player's currency. */
export class GameSessionDto {
  id: string;
  game: SessionGameDto;
  start_date: Date;
  /** Real plus bonus balance when the session started. */
  amount: number;
  /** Sum of the bets of the session's rounds. */
  bet: number;
  /** Sum of the wins of the session's rounds. */
  win: number;
  /** Real plus bonus balance after the latest round. */
  amount_after: number;
  end_date: Date | null;
  status: string;
  /** Seconds between reality-check reminders; 0 when off. */
  reality_check: number;

  static from(session: GameSessionEntity, gameName: string): GameSessionDto {
    return {
      id: session.id,
      game: { id: session.gameId, name: gameName },
      start_date: session.startDate,
      amount: Number(session.amount),
      bet: Number(session.bet),
      win: Number(session.win),
      amount_after: Number(session.amountAfter),
      end_date: session.endDate,
      status: session.status,
      reality_check: session.realityCheck,
    };
  }
}

export class GameSessionPageDto {
  data: GameSessionDto[];
  page: number;
  per_page: number;
  total: number;
}

/** The result of one round; a repeated round id gets the same body again. */
export class RoundResultDto {
  id: string;
  round_id: string;
  session_id: string;
  bet: number;
  win: number;
  /** Part of the bet taken from real money. */
  bet_real: number;
  /** Part of the bet taken from bonus money. */
  bet_bonus: number;
  real_balance: number;
  bonus_balance: number;
  session: GameSessionDto;
}
