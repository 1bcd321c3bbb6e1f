import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A player's login session: one refresh-token family. Access tokens carry its id as `sid`, so
 * revoking the session stops them too.
 */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The internal id of the client, not its public client_id. */
  @Column({ name: 'client_ref', type: 'uuid' })
  clientRef: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  /** Space-separated scope granted at login; refreshes may narrow it, never widen it. */
  @Column({ type: 'text' })
  scope: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;
}
