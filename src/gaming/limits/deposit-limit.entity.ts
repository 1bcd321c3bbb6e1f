import { Column, Entity, PrimaryColumn } from 'typeorm';

import { DepositLimitPeriod } from './deposit-limit-periods';

/**
 * A player's deposit limit for one period, in minor units of the player's currency. A raise or a
 * removal waits until `pendingEffectiveAt`; until then `amount` stays the limit. Rows are read
 * through DepositLimitsRepository, which applies a pending change whose time has come.
 */
@Entity('deposit_limits')
export class DepositLimitEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  period: DepositLimitPeriod;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  /** The limit in force; null when the period has none. */
  @Column({ type: 'bigint', nullable: true })
  amount: string | null;

  /** The limit after the pending change; null with a pending time means removal. */
  @Column({ name: 'pending_amount', type: 'bigint', nullable: true })
  pendingAmount: string | null;

  @Column({ name: 'pending_effective_at', type: 'timestamptz', nullable: true })
  pendingEffectiveAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
