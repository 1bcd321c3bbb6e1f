import {
  generateKeyPairSync,
  KeyObject,
  createPrivateKey,
  createPublicKey,
  randomUUID,
} from 'node:crypto';

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { decryptPrivateKey, encryptPrivateKey } from './key-encryption';
import { SigningKeyEntity } from './signing-key.entity';
import { SigningKeysRepository } from './signing-keys.repository';

export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
}

export interface PublicJwk extends Record<string, string> {
  kid: string;
}

/**
 * Keeps the ES256 signing keys in memory as KeyObjects. The first start creates a key; later
 * starts load it from PostgreSQL and decrypt it with KEY_ENCRYPTION_SECRET.
 */
@Injectable()
export class SigningKeysService implements OnModuleInit {
  private readonly logger = new Logger(SigningKeysService.name);
  private readonly publicKeys = new Map<string, KeyObject>();
  private jwks: PublicJwk[] = [];
  private signingKey: SigningKey;

  constructor(
    private readonly repository: SigningKeysRepository,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    let keys = await this.repository.findUnretired();
    if (!keys.some((key) => key.active)) {
      keys = await this.repository.withCreationLock(async (manager) => {
        const existing = await manager.find(SigningKeyEntity, { where: { active: true } });
        if (existing.length === 0) {
          await manager.save(this.createKey());
          this.logger.log('Created the first access-token signing key');
        }
        return this.repository.findUnretired(manager);
      });
    }
    this.load(keys);
  }

  /** Returns the key that signs new access tokens. */
  current(): SigningKey {
    return this.signingKey;
  }

  /** Returns the public key with this `kid`, or undefined when none is known. */
  publicKey(kid: string): KeyObject | undefined {
    return this.publicKeys.get(kid);
  }

  /** Lists the public keys as a JWK Set (RFC 7517). */
  publicJwks(): PublicJwk[] {
    return this.jwks;
  }

  private load(keys: SigningKeyEntity[]): void {
    const active = keys.find((key) => key.active);
    if (!active) {
      throw new Error('No active signing key is stored');
    }

    this.publicKeys.clear();
    for (const key of keys) {
      this.publicKeys.set(key.kid, createPublicKey({ key: key.publicJwk, format: 'jwk' }));
    }
    this.jwks = keys.map((key) => ({
      ...key.publicJwk,
      kid: key.kid,
      use: 'sig',
      alg: key.algorithm,
    }));

    try {
      const pem = decryptPrivateKey(active.privateKeyEncrypted, this.config.KEY_ENCRYPTION_SECRET);
      this.signingKey = { kid: active.kid, privateKey: createPrivateKey(pem) };
    } catch {
      throw new Error(
        `Cannot decrypt signing key ${active.kid}: KEY_ENCRYPTION_SECRET differs from the one it was stored with`,
      );
    }
  }

  private createKey(): SigningKeyEntity {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });

    const key = new SigningKeyEntity();
    key.kid = randomUUID();
    key.algorithm = SIGNING_ALGORITHM;
    key.publicJwk = {
      kty: String(jwk.kty),
      crv: String(jwk.crv),
      x: String(jwk.x),
      y: String(jwk.y),
    };
    key.privateKeyEncrypted = encryptPrivateKey(
      privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      this.config.KEY_ENCRYPTION_SECRET,
    );
    key.active = true;
    return key;
  }
}
