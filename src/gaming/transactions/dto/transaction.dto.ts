import {
  IsCreditCard,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { PaginationQueryDto } from '../../../common/pagination/pagination.dto';
import { PAYMENT_TYPES, PaymentType } from '../../payment-methods/payment-method.entity';
import { MAX_AMOUNT } from '../../wallet/dto/wallet.dto';
import {
  PaymentTransactionEntity,
  TRANSACTION_STATUSES,
  TransactionAction,
  TransactionStatus,
} from '../payment-transaction.entity';
import { CalendarDate } from '../../../common/calendar-date';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = (field: string) => `${field} must be an http or https URL`;

export class StartTransactionDto {
  @IsIn(PAYMENT_TYPES)
  type: PaymentType;

  /** @example "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" */
  @IsUUID()
  method_id: string;

  /**
   * Defaults to the method's provider; when given it must be that provider.
   * @example "sandbox"
   */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  provider_id?: string;

  /**
   * Positive minor units, within the method's min_amount and max_amount.
   * @example 5000
   */
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount: number;

  /**
   * Bonus to trigger once the deposit completes.
   * @example "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"
   */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  bonus_id?: string;

  /** @example "https://xcasino.example.com/cashier/success" */
  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('success_url') })
  success_url?: string;

  /** @example "https://xcasino.example.com/cashier/failed" */
  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('failed_url') })
  failed_url?: string;

  /** @example "https://xcasino.example.com/cashier/pending" */
  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('pending_url') })
  pending_url?: string;

  /** @example "https://xcasino.example.com/cashier/cancel" */
  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('cancel_url') })
  cancel_url?: string;
}

export const PATCH_ACTIONS = ['add-card', 'select-card', 'provide-credentials', 'cancel'] as const;
export type PatchAction = (typeof PATCH_ACTIONS)[number];

/** The data for the action a transaction requested, or `cancel`. */
export class UpdateTransactionDto {
  @IsIn(PATCH_ACTIONS)
  action: PatchAction;

  /**
   * For `add-card`: only its last four digits are stored.
   * @example "4111111111111111"
   */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'add-card')
  @IsString()
  @IsCreditCard({ message: 'card_number must be a valid card number' })
  card_number?: string;

  /**
   * For `add-card`: MM/YY.
   * @example "12/29"
   */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'add-card')
  @IsString()
  @Matches(/^(0[1-9]|1[0-2])\/\d{2}$/, { message: 'expiry must be MM/YY' })
  expiry?: string;

  /**
   * For `add-card`: never stored.
   * @example "123"
   */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'add-card')
  @IsString()
  @Matches(/^\d{3,4}$/, { message: 'cvv must be 3 or 4 digits' })
  cvv?: string;

  /**
   * For `select-card`: the provider's id of a card saved earlier.
   * @example "card_5f6a7b"
   */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'select-card')
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  card_id?: string;

  /**
   * For `provide-credentials`: the login at the provider; never stored.
   * @example "ada.lovelace"
   */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'provide-credentials')
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  username?: string;

  /**
   * For `provide-credentials`: never stored.
   * @example "bank-login-pass"
   */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'provide-credentials')
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password?: string;
}

export class DeclineTransactionDto {
  /**
   * Reason for the decline, stored in the audit log.
   * @example "Documents do not match the account holder"
   */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

/** A HAL link. */
export class LinkDto {
  /** @example "/transactions/8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
  href: string;
}

export class TransactionLinksDto {
  self: LinkDto;
}

export class TransactionDto {
  /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
  id: string;
  type: PaymentType;
  /**
   * Minor units.
   * @example 5000
   */
  amount: number;
  /**
   * ISO 4217.
   * @example "EUR"
   */
  currency: string;
  status: TransactionStatus;
  /** The player's next action, or null. */
  action: TransactionAction | null;
  /** @example "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" */
  method_id: string;
  /** @example "sandbox" */
  provider_id: string;
  /**
   * URL to send the player to for `redirect-to-url`, else null.
   * @example "https://sandbox.example.com/pay/8d9e0f1a"
   */
  redirect_url: string | null;
  /** @example "2026-01-15T09:30:00.000Z" */
  start_date: Date;
  _links: TransactionLinksDto;

  static from(transaction: PaymentTransactionEntity): TransactionDto {
    return {
      id: transaction.id,
      type: transaction.type,
      amount: Number(transaction.amount),
      currency: transaction.currency,
      status: transaction.status,
      action: transaction.action,
      method_id: transaction.methodId,
      provider_id: transaction.providerId,
      redirect_url: transaction.redirectUrl,
      start_date: transaction.createdAt,
      _links: { self: { href: `/transactions/${transaction.id}` } },
    };
  }
}

export class TransactionPageDto {
  data: TransactionDto[];
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 42 */
  total: number;
}

export class TransactionQueryDto extends PaginationQueryDto {
  @IsOptional()
  @IsIn(PAYMENT_TYPES)
  type?: PaymentType;

  @IsOptional()
  @IsIn(TRANSACTION_STATUSES)
  status?: TransactionStatus;

  /** Transactions started at or after this ISO 8601 time. */
  @IsOptional()
  @CalendarDate()
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Transactions started before this ISO 8601 time. */
  @IsOptional()
  @CalendarDate()
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}
