import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const PAYMENT_TYPES = ['deposit', 'withdrawal'] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

/**
 * A way a brand's players can deposit or withdraw, served by one payment provider. Amounts are
 * minor units of the player's currency, in `bigint` columns read as strings.
 *
 * NOTE: a method has no currency, so its limits and fee apply unchanged to players of every
 * currency of the brand.
 */
@Entity('payment_methods')
export class PaymentMethodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ type: 'varchar', length: 16 })
  type: PaymentType;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'provider_id', type: 'varchar', length: 32 })
  providerId: string;

  @Column({ name: 'min_amount', type: 'bigint' })
  minAmount: string;

  @Column({ name: 'max_amount', type: 'bigint' })
  maxAmount: string;

  /** Fixed fee the provider charges the player on top of the amount; the wallet moves only the amount. */
  @Column({ type: 'bigint' })
  fee: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
