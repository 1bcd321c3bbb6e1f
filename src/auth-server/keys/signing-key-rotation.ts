import { CLOCK_SKEW_LEEWAY, MAX_ACCESS_TOKEN_TTL } from '../tokens/token.constants';
import { generateSigningKey } from './signing-key-factory';
import { SigningKeyEntity } from './signing-key.entity';
import { SigningKeysRepository } from './signing-keys.repository';

/**
 * Seconds a rotated key keeps verifying: no access token outlives MAX_ACCESS_TOKEN_TTL, and
 * verification accepts a token up to CLOCK_SKEW_LEEWAY seconds after its `exp`.
 */
export const ROTATED_KEY_RETENTION_SECONDS = MAX_ACCESS_TOKEN_TTL + CLOCK_SKEW_LEEWAY;

export interface RotationResult {
  key: SigningKeyEntity;
  previousKid: string | null;
}

/**
 * Creates, rotates and retires signing keys in PostgreSQL. The application and the command-line
 * tool share it; instances learn of every change through a NOTIFY.
 */
export class SigningKeyRotation {
  constructor(
    private readonly repository: SigningKeysRepository,
    private readonly encryptionSecret: string,
  ) {}

  /** Creates the first key unless an active one exists; returns true when it created one. */
  ensureActiveKey(): Promise<boolean> {
    return this.repository.withCreationLock(async (manager) => {
      if (await this.repository.findActive(manager)) {
        return false;
      }
      await this.repository.replaceActive(manager, generateSigningKey(this.encryptionSecret));
      return true;
    });
  }

  /** Creates a key that signs from now on; the previous key keeps verifying until it retires. */
  rotate(): Promise<RotationResult> {
    return this.repository.withCreationLock(async (manager) => {
      const key = generateSigningKey(this.encryptionSecret);
      const previousKid = await this.repository.replaceActive(manager, key);
      return { key, previousKid };
    });
  }

  /**
   * Rotates when the active key is older than `maxAgeSeconds`. Instances that call it together
   * rotate once, because the age is read again under the lock. Returns null when no rotation
   * was due.
   */
  rotateIfOlderThan(maxAgeSeconds: number): Promise<RotationResult | null> {
    return this.repository.withCreationLock(async (manager) => {
      const active = await this.repository.findActive(manager);
      if (active && Date.now() - active.createdAt.getTime() < maxAgeSeconds * 1000) {
        return null;
      }
      const key = generateSigningKey(this.encryptionSecret);
      const previousKid = await this.repository.replaceActive(manager, key);
      return { key, previousKid };
    });
  }

  /** Retires the rotated keys whose tokens all expired; returns their key ids. */
  retireExpired(): Promise<string[]> {
    return this.repository.retireRotatedBefore(ROTATED_KEY_RETENTION_SECONDS);
  }
}
