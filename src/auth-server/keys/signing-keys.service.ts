import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { NotificationListener } from '../tokens/notification-listener';
import { decryptPrivateKey } from './key-encryption';
import { SIGNING_ALGORITHM } from './signing-key-factory';
import { RotationResult, SigningKeyRotation } from './signing-key-rotation';
import { SigningKeyEntity } from './signing-key.entity';
import { SIGNING_KEYS_CHANGED_CHANNEL, SigningKeysRepository } from './signing-keys.repository';

export { SIGNING_ALGORITHM };

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

export interface PublicJwk extends Record<string, string> {
  kid: string;
}

/**
 * Keeps the ES256 signing keys in memory as KeyObjects: the active key signs, and every unretired
 * key verifies. The first start creates a key; later starts load the keys from PostgreSQL and
 * decrypt the active one with KEY_ENCRYPTION_SECRET. A rotation or retirement on any instance
 * sends a NOTIFY on `signing_keys_changed`, and every instance reloads.
 */
@Injectable()
export class SigningKeysService implements OnModuleInit {
  private readonly logger = new Logger(SigningKeysService.name);
  private readonly rotation: SigningKeyRotation;
  private publicKeys = new Map<string, KeyObject>();
  private jwks: PublicJwk[] = [];
  private signingKey: SigningKey;
  /** Reloads run one after another, so that an older read never replaces a newer one. */
  private reloading: Promise<void> = Promise.resolve();

  constructor(
    private readonly repository: SigningKeysRepository,
    private readonly listener: NotificationListener,
    private readonly config: AppConfig,
  ) {
    this.rotation = new SigningKeyRotation(repository, config.KEY_ENCRYPTION_SECRET);
  }

  async onModuleInit(): Promise<void> {
    if (await this.rotation.ensureActiveKey()) {
      this.logger.log('Created the first access-token signing key');
    }
    await this.listener.subscribe(SIGNING_KEYS_CHANGED_CHANNEL, {
      onNotification: () => void this.reload().catch((error: Error) => this.logReloadError(error)),
      onSubscribed: () => this.reload(),
    });
  }

  /** Returns the key that signs new access tokens. */
  current(): SigningKey {
    return this.signingKey;
  }

  /** Returns the public key with this `kid`, or undefined when none is known. */
  publicKey(kid: string): KeyObject | undefined {
    return this.publicKeys.get(kid);
  }

  /** Lists the public keys as a JWK Set (RFC 7517), the signing key first. */
  publicJwks(): PublicJwk[] {
    return this.jwks;
  }

  /** Creates a key that signs from now on, here at once and on other instances at their NOTIFY. */
  async rotate(): Promise<RotationResult> {
    const result = await this.rotation.rotate();
    this.logger.log(
      { kid: result.key.kid, previousKid: result.previousKid },
      'Rotated the signing key',
    );
    await this.reload();
    return result;
  }

  /** Rotates when the active key is older than `maxAgeSeconds`; see SigningKeyRotation. */
  async rotateIfOlderThan(maxAgeSeconds: number): Promise<void> {
    const result = await this.rotation.rotateIfOlderThan(maxAgeSeconds);
    if (result) {
      this.logger.log(
        { kid: result.key.kid, previousKid: result.previousKid },
        'Rotated the signing key on schedule',
      );
      await this.reload();
    }
  }

  /** Retires the rotated keys whose tokens all expired. */
  async retireExpired(): Promise<void> {
    const retired = await this.rotation.retireExpired();
    if (retired.length > 0) {
      this.logger.log({ kids: retired }, 'Retired signing keys');
      await this.reload();
    }
  }

  /** Reads the unretired keys again. */
  reload(): Promise<void> {
    const next = this.reloading
      .catch(() => undefined)
      .then(async () => this.load(await this.repository.findUnretired()));
    this.reloading = next;
    return next;
  }

  private load(keys: SigningKeyEntity[]): void {
    const active = keys.find((key) => key.active);
    if (!active) {
      throw new Error('No active signing key is stored');
    }

    let signingKey: SigningKey;
    try {
      const pem = decryptPrivateKey(active.privateKeyEncrypted, this.config.KEY_ENCRYPTION_SECRET);
      signingKey = { kid: active.kid, privateKey: createPrivateKey(pem) };
    } catch {
      throw new Error(
        `Cannot decrypt signing key ${active.kid}: KEY_ENCRYPTION_SECRET differs from the one it was stored with`,
      );
    }

    const publicKeys = new Map<string, KeyObject>();
    for (const key of keys) {
      publicKeys.set(key.kid, createPublicKey({ key: key.publicJwk, format: 'jwk' }));
    }
    this.jwks = keys.map((key) => ({
      ...key.publicJwk,
      kid: key.kid,
      use: 'sig',
      alg: key.algorithm,
    }));
    this.publicKeys = publicKeys;
    this.signingKey = signingKey;
  }

  private logReloadError(error: Error): void {
    this.logger.error({ err: error }, 'Could not reload the signing keys; keeping the loaded ones');
  }
}
