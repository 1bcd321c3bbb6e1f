import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A request made with an Idempotency-Key, per caller, with its response once it finished.
 * IdempotencyKeysRepository queries it with SQL. It is listed in ENTITIES so that the TypeORM
 * CLI includes the table when it generates migrations.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'text' })
  brand: string;

  @PrimaryColumn({ name: 'client_id', type: 'text' })
  clientId: string;

  @PrimaryColumn({ type: 'text' })
  subject: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 255 })
  idempotencyKey: string;

  /** Identifier of the request that claimed the key last, replaced on each takeover. */
  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  /** SHA-256 (hex) of the canonical method, route, path parameters and body. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  /** NULL while the first request runs. */
  @Column({ name: 'response_status', type: 'smallint', nullable: true })
  responseStatus: number | null;

  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
