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
  id: string;
  /** `deposit` or `withdrawal`. */
  type: PaymentType;
  name: string;
  provider_id: string;
  /** Smallest accepted amount, in minor units. */
  min_amount: number;
  /** Largest accepted amount, in minor units. */
  max_amount: number;
  /** Fixed fee the provider charges on top of the amount, in minor units. */
  fee: number;
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
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  /** Minor units, at least 1. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  min_amount?: number;

  /** Minor units, at least min_amount. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  max_amount?: number;

  /** Minor units. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  fee?: number;

  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class CreatePaymentMethodDto {
  @IsIn(PAYMENT_TYPES)
  type: PaymentType;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  /** Id of the provider serving the method; `sandbox` is built in. */
  @IsString()
  @Matches(/^[a-z0-9_-]{1,32}$/, { message: 'provider_id must be 1-32 of a-z, 0-9, _ and -' })
  provider_id: string;

  /** Minor units, at least 1. */
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  min_amount: number;

  /** Minor units, at least min_amount. */
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT)
  max_amount: number;

  /** Minor units; 0 when left out. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  fee?: number;

  /** True when left out. */
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
