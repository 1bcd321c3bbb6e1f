import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { SigningKeyEntity } from './signing-key.entity';

/** Keys are created and rotated under this advisory lock so that instances agree. */
const KEY_CREATION_LOCK = 7_310_001;

/** The NOTIFY channel on which a key change makes every instance reload its signing keys. */
export const SIGNING_KEYS_CHANGED_CHANNEL = 'signing_keys_changed';

@Injectable()
export class SigningKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findUnretired(manager: EntityManager = this.dataSource.manager): Promise<SigningKeyEntity[]> {
    return manager.find(SigningKeyEntity, {
      where: { retiredAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  findActive(manager: EntityManager = this.dataSource.manager): Promise<SigningKeyEntity | null> {
    return manager.findOne(SigningKeyEntity, { where: { active: true } });
  }

  /** Runs `work` in a transaction that holds the key-creation lock. */
  withCreationLock<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [KEY_CREATION_LOCK]);
      return work(manager);
    });
  }

  /**
   * Marks the active key as rotated and stores `next` as the new active key. Call it inside
   * withCreationLock; the NOTIFY reaches the other instances when the transaction commits.
   */
  async replaceActive(manager: EntityManager, next: SigningKeyEntity): Promise<string | null> {
    const previous = await this.findActive(manager);
    if (previous) {
      await manager.update(
        SigningKeyEntity,
        { kid: previous.kid },
        { active: false, rotatedAt: () => 'now()' },
      );
    }
    await manager.save(next);
    await this.notifyChanged(manager, next.kid);
    return previous?.kid ?? null;
  }

  /**
   * Retires the keys rotated more than `retentionSeconds` ago: they leave the JWK Set and their
   * encrypted private half is erased. Returns the retired key ids.
   */
  async retireRotatedBefore(retentionSeconds: number): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM returns [rows, affected count] for an UPDATE.
      const [rows]: [{ kid: string }[], number] = await manager.query(
        `UPDATE signing_keys SET retired_at = now(), private_key_encrypted = ''
         WHERE NOT active AND retired_at IS NULL
           AND rotated_at < now() - make_interval(secs => $1)
         RETURNING kid`,
        [retentionSeconds],
      );
      const retired = rows.map((row) => row.kid);
      if (retired.length > 0) {
        await this.notifyChanged(manager, retired.join(' '));
      }
      return retired;
    });
  }

  private async notifyChanged(manager: EntityManager, payload: string): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [SIGNING_KEYS_CHANGED_CHANNEL, payload]);
  }
}
