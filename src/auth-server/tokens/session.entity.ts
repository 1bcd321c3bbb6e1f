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

  /** Time of the latest refresh-token rotation, or null before the first refresh. */
  @Column({ name: 'last_refreshed_at', type: 'timestamptz', nullable: true })
  lastRefreshedAt: Date | null;

  /** User-Agent header of the login or of the latest refresh, at most 512 characters. */
  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent: string | null;

  /** Client IP address of the login or of the latest refresh. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;
}
