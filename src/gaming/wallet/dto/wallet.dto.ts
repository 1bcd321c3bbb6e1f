import { Type } from 'class-transformer';
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

/** Largest amount one request may move: 10^13 minor units, far inside a JS number's exact range. */
export const MAX_AMOUNT = 10_000_000_000_000;

/** Converts a bigint column, read as a string, to a JSON number; wallet amounts stay far below 2^53. */
function toNumber(value: string): number {
  return Number(value);
}

export class WalletDto {
  /** ISO 4217. */
  currency: string;
  /** Withdrawable money, in minor units. */
  real_balance: number;
  /** Bonus money, in minor units; it becomes real when the bonus's wager goal is reached. */
  bonus_balance: number;
  /** real_balance + bonus_balance. */
  total_balance: number;
  /** Whether the player has made a completed deposit. */
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
  id: string;
  type: LedgerEntryType;
  /** `real` or `bonus`. */
  balance: BalanceKind;
  /** Signed minor units: positive credits, negative debits. */
  amount: number;
  /** The balance right after this entry, in minor units. */
  balance_after: number;
  /** `transaction`, `round`, `bonus` or `adjustment`. */
  reference_type: string | null;
  reference_id: string | null;
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
  page: number;
  per_page: number;
  total: number;
}

export class LedgerQueryDto extends PaginationQueryDto {
  @IsOptional()
  @IsIn(LEDGER_ENTRY_TYPES)
  type?: LedgerEntryType;

  /** Entries at or after this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Entries before this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
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

  /** The reason for the correction, stored in the audit log. */
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}

export class WalletReconciliationDto {
  /** True when each balance equals the sum of its ledger entries. */
  consistent: boolean;
  real_balance: number;
  real_ledger_sum: number;
  bonus_balance: number;
  bonus_ledger_sum: number;
}
