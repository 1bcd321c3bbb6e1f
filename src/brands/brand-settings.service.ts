import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { Principal } from '../common/auth/principal';
import { RequestContext } from '../common/request-context';
import { BrandSettings, DebitOrder } from './brand-settings';
import { BrandSettingsRepository } from './brand-settings.repository';
import { BrandsService } from './brands.service';

/** The settings of a brand that its back office reads and changes. */
@Injectable()
export class BrandSettingsService {
  constructor(
    private readonly settings: BrandSettingsRepository,
    private readonly brands: BrandsService,
    private readonly audit: AuditService,
  ) {}

  async getOwn(principal: Principal): Promise<BrandSettings> {
    const brand = await this.brands.getByCode(principal.brand);
    return this.get(brand.id);
  }

  /** Changes the caller's brand settings and records the change in the audit log. */
  async updateOwn(
    principal: Principal,
    changes: Partial<BrandSettings>,
    context: RequestContext,
  ): Promise<BrandSettings> {
    const brand = await this.brands.getByCode(principal.brand);
    const before = await this.get(brand.id);
    if (changes.debitOrder === undefined) {
      return before;
    }

    const after = await this.settings.update(brand.id, changes);
    if (!after) {
      throw new NotFoundException(`Brand ${brand.code} was not found`);
    }

    this.audit.record('brand_settings_changed', {
      request: context,
      brandId: brand.id,
      clientId: principal.clientId,
      details: { debit_order: { from: before.debitOrder, to: after.debitOrder } },
    });
    return after;
  }

  /**
   * Returns the order in which a bet is taken from the balances of a brand's wallets, read from
   * the database, inside the caller's transaction when `manager` is given.
   */
  async debitOrder(brandId: string, manager?: EntityManager): Promise<DebitOrder> {
    return (await this.get(brandId, manager)).debitOrder;
  }

  private async get(brandId: string, manager?: EntityManager): Promise<BrandSettings> {
    const settings = await this.settings.find(brandId, manager);
    if (!settings) {
      throw new NotFoundException(`Brand ${brandId} was not found`);
    }
    return settings;
  }
}
