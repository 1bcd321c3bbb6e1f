import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { BrandEntity } from '../brands/brand.entity';

export const USER_STATUSES = ['pending', 'active', 'locked', 'self_excluded', 'closed'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** A player: the resource owner. Unique email, nickname and mobile number within a brand. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => BrandEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brand_id' })
  brand: BrandEntity;

  /** Stored lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  nickname: string | null;

  @Column({ name: 'mobile_code', type: 'varchar', length: 8, nullable: true })
  mobileCode: string | null;

  @Column({ name: 'mobile_number', type: 'varchar', length: 20, nullable: true })
  mobileNumber: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  /** Calendar date, YYYY-MM-DD. */
  @Column({ type: 'date' })
  birthday: string;

  @Column({ type: 'varchar', length: 16 })
  gender: string;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  country: string;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  jurisdiction: string | null;

  @Column({ name: 'accepted_terms', type: 'boolean', default: false })
  acceptedTerms: boolean;

  @Column({ name: 'receive_news', type: 'boolean', default: false })
  receiveNews: boolean;

  @Column({ name: 'receive_sms', type: 'boolean', default: false })
  receiveSms: boolean;

  @Column({ name: 'receive_snail', type: 'boolean', default: false })
  receiveSnail: boolean;

  @Column({ name: 'receive_phone', type: 'boolean', default: false })
  receivePhone: boolean;

  @Column({ type: 'varchar', length: 16 })
  status: UserStatus;

  /** End of a self-exclusion. Null while the status is `self_excluded` means a permanent one. */
  @Column({ name: 'self_excluded_until', type: 'timestamptz', nullable: true })
  selfExcludedUntil: Date | null;

  @Column({ type: 'boolean', default: false })
  deposited: boolean;

  @Column({ name: 'last_login', type: 'timestamptz', nullable: true })
  lastLogin: Date | null;

  /** Seconds between reality-check reminders; 0 turns them off. */
  @Column({ name: 'reality_check', type: 'integer', default: 0 })
  realityCheck: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
