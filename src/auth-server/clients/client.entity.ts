import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { BrandEntity } from '../../brands/brand.entity';

export type ClientType = 'public' | 'confidential';
export type UsernameType = 'email' | 'nickname' | 'mobile_number';

/** An OAuth client registered to one brand: the brand's own app, back office or a partner. */
@Entity('oauth_clients')
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'varchar', length: 64, unique: true })
  clientId: string;

  @Column({ name: 'brand_id', type: 'uuid' })
  brandId: string;

  @ManyToOne(() => BrandEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'brand_id' })
  brand: BrandEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  type: ClientType;

  /** SHA-256 of the secret; null for public clients. */
  @Column({ name: 'secret_hash', type: 'bytea', nullable: true })
  secretHash: Buffer | null;

  @Column({ name: 'grant_types', type: 'text', array: true })
  grantTypes: string[];

  @Column({ type: 'text', array: true })
  scopes: string[];

  @Column({ name: 'default_scopes', type: 'text', array: true })
  defaultScopes: string[];

  @Column({ name: 'username_types', type: 'text', array: true })
  usernameTypes: UsernameType[];

  /** Seconds. */
  @Column({ name: 'access_token_ttl', type: 'integer' })
  accessTokenTtl: number;

  /** Seconds. */
  @Column({ name: 'refresh_token_ttl', type: 'integer' })
  refreshTokenTtl: number;

  /**
   * Seconds after a refresh token's use during which presenting it again is rejected without
   * revoking the session; 0 turns the window off.
   */
  @Column({ name: 'refresh_token_reuse_grace', type: 'integer' })
  refreshTokenReuseGrace: number;

  @Column({ name: 'redirect_uris', type: 'text', array: true })
  redirectUris: string[];

  @Column({ name: 'captcha_required', type: 'boolean' })
  captchaRequired: boolean;

  /**
   * Whether the client is the brand's own app. Players log in to first-party clients at the
   * authorization endpoint without a consent page; other clients need the player's consent.
   */
  @Column({ name: 'first_party', type: 'boolean' })
  firstParty: boolean;

  /** Browser origins (`https://app.example.com`) that may call the OAuth endpoints by CORS. */
  @Column({ name: 'allowed_origins', type: 'text', array: true })
  allowedOrigins: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
