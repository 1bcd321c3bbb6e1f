import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const BONUS_STATUSES = ['available', 'active', 'claimed', 'forfeited', 'expired'] as const;
export type BonusStatus = (typeof BONUS_STATUSES)[number];

/**
 * One player's copy of a bonus offer. `amount`, `wager_goal` and `expires_at` are set when the
 * bonus becomes active. `balance` is the part of the bonus money not yet spent on bets, in
 * minor units.
 */
@Entity('player_bonuses')
export class PlayerBonusEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 12 })
  status: BonusStatus;

  @Column({ type: 'bigint', nullable: true })
  amount: string | null;

  @Column({ type: 'bigint' })
  balance: string;

  @Column({ name: 'wager_goal', type: 'bigint', nullable: true })
  wagerGoal: string | null;

  @Column({ type: 'bigint' })
  wagered: string;

  /** The deposit that triggered the bonus, for a deposit bonus. */
  @Column({ name: 'transaction_id', type: 'uuid', nullable: true })
  transactionId: string | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
