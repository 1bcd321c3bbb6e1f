import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An ES256 key pair that signs access tokens; the private half is encrypted at rest. */
@Entity('signing_keys')
export class SigningKeyEntity {
  /** The JWS `kid`. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  kid: string;

  @Column({ type: 'varchar', length: 16 })
  algorithm: string;

  @Column({ name: 'public_jwk', type: 'jsonb' })
  publicJwk: Record<string, string>;

  /** AES-256-GCM ciphertext of the PKCS#8 PEM, as `salt.iv.tag.ciphertext` in base64url. */
  @Column({ name: 'private_key_encrypted', type: 'text' })
  privateKeyEncrypted: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When a newer key took over signing; null while this key signs. */
  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  /** When the key left the JWK Set, after every token it signed expired. */
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
