import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const REWARD_TYPES = ['bonus_money', 'free_spins'] as const;
export type RewardType = (typeof REWARD_TYPES)[number];

export const AMOUNT_TYPES = ['fixed', 'percentage'] as const;
export type AmountType = (typeof AMOUNT_TYPES)[number];

export const ACTIVATION_TYPES = ['manual', 'deposit'] as const;
export type ActivationType = (typeof ACTIVATION_TYPES)[number];

/**
 * A bonus a brand offers its players. Money columns are minor units in `bigint` columns, read as
 * strings. A `fixed` offer gives `amount`; a `percentage` offer gives `percentage` % of the
 * deposit that triggers it, at most `max_amount`.
 */
@Entity('bonus_offers')
export class BonusOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ name: 'image_url', type: 'varchar', length: 2048, nullable: true })
  imageUrl: string | null;

  /** HTML exactly as the back office sent it. */
  @Column({ name: 'terms_html', type: 'text' })
  termsHtml: string;

  @Column({ name: 'reward_type', type: 'varchar', length: 16 })
  rewardType: RewardType;

  @Column({ name: 'amount_type', type: 'varchar', length: 16 })
  amountType: AmountType;

  @Column({ type: 'bigint', nullable: true })
  amount: string | null;

  @Column({ type: 'integer', nullable: true })
  percentage: number | null;

  @Column({ name: 'max_amount', type: 'bigint', nullable: true })
  maxAmount: string | null;

  /** The wager goal as a multiple of the bonus amount. */
  @Column({ name: 'wager_multiplier', type: 'integer' })
  wagerMultiplier: number;

  @Column({ name: 'activation_type', type: 'varchar', length: 8 })
  activationType: ActivationType;

  @Column({ name: 'min_deposit', type: 'bigint', nullable: true })
  minDeposit: string | null;

  /** Games whose bets count towards the wager goal; empty means every game that counts. */
  @Column({ name: 'game_ids', type: 'uuid', array: true })
  gameIds: string[];

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_to', type: 'timestamptz' })
  validTo: Date;

  /** Time a player has, from activation, to reach the wager goal. */
  @Column({ name: 'wagering_seconds', type: 'integer' })
  wageringSeconds: number;

  @Column({ type: 'boolean' })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
