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
import { CalendarDate } from '../../../common/calendar-date';

/** Largest bet or win of one round: 10^13 minor units, inside a JS number's exact range. */
export const MAX_ROUND_AMOUNT = 10_000_000_000_000;

const AMOUNT_MESSAGE = (field: string): string =>
  `${field} must be an integer number of minor units between 0 and ${MAX_ROUND_AMOUNT}`;

export class StartGameSessionDto {
  /** @example "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" */
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
  @CalendarDate()
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Sessions started before this ISO 8601 time. */
  @IsOptional()
  @CalendarDate()
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

export class SessionGameDto {
  /** @example "4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d" */
  id: string;
  /** @example "Book of Gold" */
  name: string;
}

/** A game session; amounts in minor units of the player's currency. */
export class GameSessionDto {
  /** @example "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b" */
  id: string;
  game: SessionGameDto;
  /** @example "2026-01-15T09:30:00.000Z" */
  start_date: Date;
  /**
   * Real plus bonus balance when the session started.
   * @example 12550
   */
  amount: number;
  /**
   * Sum of the bets of the session's rounds.
   * @example 300
   */
  bet: number;
  /**
   * Sum of the wins of the session's rounds.
   * @example 500
   */
  win: number;
  /**
   * Real plus bonus balance after the latest round.
   * @example 12750
   */
  amount_after: number;
  /** @example "2026-01-15T10:05:00.000Z" */
  end_date: Date | null;
  /** @example "ended" */
  status: string;
  /**
   * Seconds between reality-check reminders; 0 when off.
   * @example 3600
   */
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
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 42 */
  total: number;
}

/** The result of one round; a repeated round id gets the same body again. */
export class RoundResultDto {
  /** @example "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f" */
  id: string;
  /** @example "round-000123" */
  round_id: string;
  /** @example "6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b" */
  session_id: string;
  /** @example 100 */
  bet: number;
  /** @example 250 */
  win: number;
  /**
   * Part of the bet taken from real money.
   * @example 100
   */
  bet_real: number;
  /**
   * Part of the bet taken from bonus money.
   * @example 0
   */
  bet_bonus: number;
  /** @example 12700 */
  real_balance: number;
  /** @example 2000 */
  bonus_balance: number;
  session: GameSessionDto;
}
