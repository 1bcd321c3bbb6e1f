import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { MAX_AMOUNT } from '../../wallet/dto/wallet.dto';
import { PAYMENT_TYPES, PaymentMethodEntity, PaymentType } from '../payment-method.entity';

export class PaymentMethodDto {
  /** @example "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" */
  id: string;
  /** `deposit` or `withdrawal`. */
  type: PaymentType;
  /** @example "Sandbox card" */
  name: string;
  /** @example "sandbox" */
  provider_id: string;
  /**
   * Smallest accepted amount, in minor units.
   * @example 1000
   */
  min_amount: number;
  /**
   * Largest accepted amount, in minor units.
   * @example 500000
   */
  max_amount: number;
  /**
   * Fixed fee the provider charges on top of the amount, in minor units.
   * @example 0
   */
  fee: number;
  /** @example true */
  enabled: boolean;

  static from(method: PaymentMethodEntity): PaymentMethodDto {
    return {
      id: method.id,
      type: method.type,
      name: method.name,
      provider_id: method.providerId,
      min_amount: Number(method.minAmount),
      max_amount: Number(method.maxAmount),
      fee: Number(method.fee),
      enabled: method.enabled,
    };
  }
}

export class PaymentMethodListDto {
  data: PaymentMethodDto[];
}

export class PaymentMethodQueryDto {
  @IsOptional()
  @IsIn(PAYMENT_TYPES)
  type?: PaymentType;
}

/** Fields a back office may change on a payment method. */
export class UpdatePaymentMethodDto {
  /** @example "Sandbox card" */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  /**
   * Minor units, at least 1.
   * @example 1000
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  min_amount?: number;

  /**
   * Minor units, at least min_amount.
   * @example 500000
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  max_amount?: number;

  /**
   * Minor units.
   * @example 0
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  fee?: number;

  /** @example true */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class CreatePaymentMethodDto {
  @IsIn(PAYMENT_TYPES)
  type: PaymentType;

  /** @example "Sandbox card" */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /**
   * Id of the provider serving the method; `sandbox` is built in.
   * @example "sandbox"
   */
  @IsString()
  @Matches(/^[a-z0-9_-]{1,32}$/, { message: 'provider_id must be 1-32 of a-z, 0-9, _ and -' })
  provider_id: string;

  /**
   * Minor units, at least 1.
   * @example 1000
   */
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  min_amount: number;

  /**
   * Minor units, at least min_amount.
   * @example 500000
   */
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  max_amount: number;

  /**
   * Minor units; 0 when left out.
   * @example 0
   */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  fee?: number;

  /**
   * True when left out.
   * @example true
   */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
