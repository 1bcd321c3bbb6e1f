import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An access token revoked before its expiry, by its `jti`. The row is useless once the token
 * has expired, so rows past `expires_at` are deleted.
 */
@Entity('revoked_access_tokens')
export class RevokedAccessTokenEntity {
  @PrimaryColumn({ type: 'uuid' })
  jti: string;

  /** The `exp` of the revoked token. */
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', default: () => 'now()' })
  revokedAt: Date;
}
