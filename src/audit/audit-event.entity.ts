import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const AUDIT_EVENT_TYPES = [
  'token_issued',
  'refresh_token_reused',
  'authorization_code_reused',
  'session_revoked',
  'login_failed',
  'account_locked',
  'password_changed',
  'self_exclusion_set',
  'client_authentication_failed',
  'client_created',
  'client_updated',
  'client_secret_rotated',
  'player_registered',
  'player_activated',
  'token_revoked',
  'wallet_adjusted',
  'deposit_limit_changed',
  'withdrawal_approved',
  'withdrawal_declined',
  'payment_callback_rejected',
  'bonus_claimed',
  'bonus_triggered',
  'bonus_converted',
  'bonus_forfeited',
  'bonus_expired',
  'loss_limit_changed',
  'game_session_started',
  'game_session_ended',
  'game_round_rejected',
  'brand_settings_changed',
  'signing_key_rotated',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** One security-relevant event. Never contains a token, code, secret or password. */
@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId: string | null;

  @Column({ type: 'varchar', length: 48 })
  type: AuditEventType;

  /** The public client_id involved, if any. */
  @Column({ name: 'client_id', type: 'varchar', length: 64, nullable: true })
  clientId: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** Event-specific facts, such as the grant type or the reason of a failure. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
