import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One round reported by a game provider, with the response body that a repeat returns again. */
@Entity('game_rounds')
export class GameRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @Column({ type: 'varchar', length: 64 })
  provider: string;

  /** The provider's round id, unique per brand and provider. */
  @Column({ name: 'round_id', type: 'varchar', length: 128 })
  roundId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'bigint' })
  bet: string;

  @Column({ type: 'bigint' })
  win: string;

  @Column({ type: 'jsonb', nullable: true })
  response: object | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
