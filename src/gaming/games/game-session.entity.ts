import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type GameSessionStatus = 'active' | 'ended';

/** A player's session of one game, with the totals of its rounds in minor units. */
@Entity('game_sessions')
export class GameSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'game_id', type: 'uuid' })
  gameId: string;

  @Column({ name: 'wallet_id', type: 'uuid' })
  walletId: string;

  @Column({ type: 'varchar', length: 8 })
  status: GameSessionStatus;

  /** Real plus bonus balance when the session started. */
  @Column({ type: 'bigint' })
  amount: string;

  @Column({ type: 'bigint' })
  bet: string;

  @Column({ type: 'bigint' })
  win: string;

  /** Real plus bonus balance after the latest round. */
  @Column({ name: 'amount_after', type: 'bigint' })
  amountAfter: string;

  /** The player's reality-check interval in seconds when the session started. */
  @Column({ name: 'reality_check', type: 'integer' })
  realityCheck: number;

  @Column({ name: 'start_date', type: 'timestamptz' })
  startDate: Date;

  @Column({ name: 'end_date', type: 'timestamptz', nullable: true })
  endDate: Date | null;

  /** The time of the latest round, or the start when there is none. */
  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt: Date;
}
