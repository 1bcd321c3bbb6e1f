import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { BrandSettings, DebitOrder } from './brand-settings';

/**
 * Reads and writes the settings columns of `brands`. They are read from the database each time
 * and never cached, so a change applies to the next request on every instance.
 */
@Injectable()
export class BrandSettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    brandId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BrandSettings | null> {
    const rows: { debitOrder: DebitOrder }[] = await manager.query(
      `SELECT debit_order AS "debitOrder" FROM brands WHERE id = $1`,
      [brandId],
    );
    return rows[0] ?? null;
  }

  /** Writes the given settings and returns all of them. */
  async update(brandId: string, changes: Partial<BrandSettings>): Promise<BrandSettings | null> {
    const rows: { debitOrder: DebitOrder }[][] = await this.dataSource.query(
      `UPDATE brands SET debit_order = COALESCE($2, debit_order), updated_at = now()
       WHERE id = $1 RETURNING debit_order AS "debitOrder"`,
      [brandId, changes.debitOrder ?? null],
    );
    return rows[0]?.[0] ?? null;
  }
}
