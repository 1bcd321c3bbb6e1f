import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * A player's wallet in the player's currency. Balances are integer minor units (cents) in
 * `bigint` columns, read as strings because they may exceed the exact range of a JS number. The
 * database rejects a negative balance.
 */
@Entity('wallets')
export class WalletEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid', unique: true })
  userId: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'real_balance', type: 'bigint' })
  realBalance: string;

  @Column({ name: 'bonus_balance', type: 'bigint' })
  bonusBalance: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
