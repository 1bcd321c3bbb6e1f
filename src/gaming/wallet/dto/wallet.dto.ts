import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  NotEquals,
} from 'class-validator';

import { PaginationQueryDto } from '../../../common/pagination/pagination.dto';
import {
  BalanceKind,
  LEDGER_ENTRY_TYPES,
  LedgerEntryEntity,
  LedgerEntryType,
} from '../ledger-entry.entity';
import { WalletEntity } from '../wallet.entity';
import { CalendarDate } from '../../../common/calendar-date';

/** Largest amount one request may move: 10^13 minor units, far inside a JS number's exact range. */
export const MAX_AMOUNT = 10_000_000_000_000;

/**
 * Converts a bigint column, read as a string, to a JSON number.
 * NOTE: nothing caps a balance, and one built from many credits can pass 2^53 minor units, where
 * the number returned is rounded. The stored balance and ledger stay exact.
 */
function toNumber(value: string): number {
  return Number(value);
}

export class WalletDto {
  /**
   * ISO 4217.
   * @example "EUR"
   */
  currency: string;
  /**
   * Withdrawable money, in minor units.
   * @example 12550
   */
  real_balance: number;
  /**
   * Bonus money, in minor units; it becomes real when the bonus's wager goal is reached.
   * @example 2000
   */
  bonus_balance: number;
  /**
   * real_balance + bonus_balance.
   * @example 14550
   */
  total_balance: number;
  /**
   * Whether the player has made a completed deposit.
   * @example true
   */
  deposited: boolean;

  static from(wallet: WalletEntity, deposited: boolean): WalletDto {
    const real = toNumber(wallet.realBalance);
    const bonus = toNumber(wallet.bonusBalance);
    return {
      currency: wallet.currency,
      real_balance: real,
      bonus_balance: bonus,
      total_balance: real + bonus,
      deposited,
    };
  }
}

export class LedgerEntryDto {
  /** @example "1042" */
  id: string;
  /** @example "deposit" */
  type: LedgerEntryType;
  /**
   * `real` or `bonus`.
   * @example "real"
   */
  balance: BalanceKind;
  /**
   * Signed minor units: positive credits, negative debits.
   * @example 5000
   */
  amount: number;
  /**
   * The balance right after this entry, in minor units.
   * @example 12550
   */
  balance_after: number;
  /**
   * `transaction`, `round`, `bonus` or `adjustment`.
   * @example "transaction"
   */
  reference_type: string | null;
  /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
  reference_id: string | null;
  /** @example "2026-01-15T09:30:00.000Z" */
  created_at: Date;

  static from(entry: LedgerEntryEntity): LedgerEntryDto {
    return {
      id: String(entry.id),
      type: entry.type,
      balance: entry.balance,
      amount: toNumber(entry.amount),
      balance_after: toNumber(entry.balanceAfter),
      reference_type: entry.referenceType,
      reference_id: entry.referenceId,
      created_at: entry.createdAt,
    };
  }
}

export class LedgerPageDto {
  data: LedgerEntryDto[];
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 42 */
  total: number;
}

export class LedgerQueryDto extends PaginationQueryDto {
  @IsOptional()
  @IsIn(LEDGER_ENTRY_TYPES)
  type?: LedgerEntryType;

  /** Entries at or after this ISO 8601 time. */
  @IsOptional()
  @CalendarDate()
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Entries before this ISO 8601 time. */
  @IsOptional()
  @CalendarDate()
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

/** A back-office correction of one balance. */
export class AdjustmentDto {
  @IsIn(['real', 'bonus'])
  balance: BalanceKind;

  /** Signed minor units, non-zero: positive credits, negative debits. */
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_AMOUNT)
  @Max(MAX_AMOUNT)
  amount: number;

  /**
   * The reason for the correction, stored in the audit log.
   * @example "Goodwill credit after a failed game round"
   */
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class WalletReconciliationDto {
  /**
   * True when each balance equals the sum of its ledger entries.
   * @example true
   */
  consistent: boolean;
  /** @example 12550 */
  real_balance: number;
  /** @example 12550 */
  real_ledger_sum: number;
  /** @example 2000 */
  bonus_balance: number;
  /** @example 2000 */
  bonus_ledger_sum: number;
}
