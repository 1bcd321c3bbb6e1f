import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';

import { ActivationCodeEntity } from './activation-code.entity';

export type NewActivationCode = Pick<
  ActivationCodeEntity,
  'userId' | 'brandId' | 'codeHash' | 'expiresAt'
>;

@Injectable()
export class ActivationCodesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async insert(manager: EntityManager, code: NewActivationCode): Promise<void> {
    await manager.insert(ActivationCodeEntity, code);
  }

  /** Tells whether a code was issued to the player in the last `seconds`, by the database clock. */
  issuedWithin(manager: EntityManager, userId: string, seconds: number): Promise<boolean> {
    return manager
      .createQueryBuilder(ActivationCodeEntity, 'code')
      .where('code.user_id = :userId', { userId })
      .andWhere('code.created_at > now() - make_interval(secs => :seconds)', { seconds })
      .getExists();
  }

  /** Invalidates every code of the player that is neither used nor invalidated yet. */
  async invalidateOpen(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(
      ActivationCodeEntity,
      { userId, usedAt: IsNull(), invalidatedAt: IsNull() },
      { invalidatedAt: () => 'now()' },
    );
  }

  /**
   * Marks the brand's code with this hash used, if it is still valid, and returns its player's
   * id; null otherwise. The row lock of the UPDATE makes concurrent redemptions of one code wait
   * for each other, and the later ones then find `used_at` set, so only one wins.
   */
  async consume(manager: EntityManager, codeHash: Buffer, brandId: string): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .update(ActivationCodeEntity)
      .set({ usedAt: () => 'now()' })
      .where('code_hash = :codeHash', { codeHash })
      .andWhere('brand_id = :brandId', { brandId })
      .andWhere('used_at IS NULL')
      .andWhere('invalidated_at IS NULL')
      .andWhere('expires_at > now()')
      .returning('user_id')
      .execute();
    const rows = result.raw as { user_id: string }[];
    return rows.length === 1 ? rows[0].user_id : null;
  }
}
