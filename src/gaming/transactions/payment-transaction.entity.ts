import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { PaymentType } from '../payment-methods/payment-method.entity';

/** Statuses of the XCaliber transactions schema. */
export const TRANSACTION_STATUSES = [
  'started',
  'card_requested',
  'credentials_requested',
  'pending',
  'pending_approval',
  'completed',
  'failed',
  'cancelled',
  'approved',
  'declined',
  'refunded',
] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

/** Actions the player must take to finish a transaction. */
export const TRANSACTION_ACTIONS = [
  'add-card',
  'select-card',
  'provide-credentials',
  'redirect-to-url',
] as const;
export type TransactionAction = (typeof TRANSACTION_ACTIONS)[number];

/** A player's deposit or withdrawal through a payment method of the brand. */
@Entity('payment_transactions')
export class PaymentTransactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'wallet_id', type: 'uuid' })
  walletId: string;

  @Column({ name: 'method_id', type: 'uuid' })
  methodId: string;

  @Column({ name: 'provider_id', type: 'varchar', length: 32 })
  providerId: string;

  @Column({ type: 'varchar', length: 16 })
  type: PaymentType;

  /** Positive minor units of `currency`. */
  @Column({ type: 'bigint' })
  amount: string;

  /** ISO 4217, the wallet's currency. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 24 })
  status: TransactionStatus;

  @Column({ type: 'varchar', length: 24, nullable: true })
  action: TransactionAction | null;

  @Column({ name: 'redirect_url', type: 'varchar', length: 2048, nullable: true })
  redirectUrl: string | null;

  /** The player's deposit bonus that the deposit activates once it completes. */
  @Column({ name: 'bonus_id', type: 'varchar', length: 64, nullable: true })
  bonusId: string | null;

  @Column({ name: 'success_url', type: 'varchar', length: 2048, nullable: true })
  successUrl: string | null;

  @Column({ name: 'failed_url', type: 'varchar', length: 2048, nullable: true })
  failedUrl: string | null;

  @Column({ name: 'pending_url', type: 'varchar', length: 2048, nullable: true })
  pendingUrl: string | null;

  @Column({ name: 'cancel_url', type: 'varchar', length: 2048, nullable: true })
  cancelUrl: string | null;

  /** The only part of a card number ever stored. */
  @Column({ name: 'card_last4', type: 'char', length: 4, nullable: true })
  cardLast4: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
