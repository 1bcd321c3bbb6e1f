import { Type } from 'class-transformer';
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

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = (field: string) => `${field} must be an http or https URL`;

export class StartTransactionDto {
  @IsIn(PAYMENT_TYPES)
  type: PaymentType;

  @IsUUID()
  method_id: string;

  /** Defaults to the method's provider; when given it must be that provider. */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  provider_id?: string;

  /** Positive minor units, within the method's min_amount and max_amount. */
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  amount: number;

  /** Bonus to trigger once the deposit completes. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  bonus_id?: string;

  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('success_url') })
  success_url?: string;

  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('failed_url') })
  failed_url?: string;

  @IsOptional()
  @MaxLength(2048)
  @IsUrl(HTTP_URL, { message: URL_MESSAGE('pending_url') })
  pending_url?: string;

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

  /** For `add-card`: only its last four digits are stored. */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'add-card')
  @IsString()
  @IsCreditCard({ message: 'card_number must be a valid card number' })
  card_number?: string;

  /** For `add-card`: MM/YY. */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'add-card')
  @IsString()
  @Matches(/^(0[1-9]|1[0-2])\/\d{2}$/, { message: 'expiry must be MM/YY' })
  expiry?: string;

  /** For `add-card`: never stored. */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'add-card')
  @IsString()
  @Matches(/^\d{3,4}$/, { message: 'cvv must be 3 or 4 digits' })
  cvv?: string;

  /** For `select-card`: the provider's id of a card saved earlier. */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'select-card')
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  card_id?: string;

  /** For `provide-credentials`: the login at the provider; never stored. */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'provide-credentials')
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  username?: string;

  /** For `provide-credentials`: never stored. */
  @ValidateIf((dto: UpdateTransactionDto) => dto.action === 'provide-credentials')
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password?: string;
}

export class DeclineTransactionDto {
  /** Reason for the decline, stored in the audit log. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class TransactionLinksDto {
  self: { href: string };
}

export class TransactionDto {
  id: string;
  type: PaymentType;
  /** Minor units. */
  amount: number;
  /** ISO 4217. */
  currency: string;
  status: TransactionStatus;
  /** The player's next action, or null. */
  action: TransactionAction | null;
  method_id: string;
  provider_id: string;
  /** URL to send the player to for `redirect-to-url`, else null. */
  redirect_url: string | null;
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
  page: number;
  per_page: number;
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
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Transactions started before this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}
