import { Injectable, NotFoundException } from '@nestjs/common';

import { BrandEntity } from './brand.entity';
import { BrandsRepository } from './brands.repository';

/**
 * Looks up brands by code and by id. A brand's code and id never change once created, so both
 * lookups are cached for the life of the process.
 */
@Injectable()
export class BrandsService {
  private readonly byCode = new Map<string, BrandEntity>();
  private readonly byId = new Map<string, BrandEntity>();

  constructor(private readonly repository: BrandsRepository) {}

  /** Returns the brand with this code; throws NotFoundException when there is none. */
  async getByCode(code: string): Promise<BrandEntity> {
    const brand = this.byCode.get(code) ?? (await this.repository.findByCode(code));
    if (!brand) {
      throw new NotFoundException(`Brand ${code} was not found`);
    }
    this.remember(brand);
    return brand;
  }

  async getById(id: string): Promise<BrandEntity> {
    const brand = this.byId.get(id) ?? (await this.repository.findById(id));
    if (!brand) {
      throw new NotFoundException(`Brand ${id} was not found`);
    }
    this.remember(brand);
    return brand;
  }

  private remember(brand: BrandEntity): void {
    this.byCode.set(brand.code, brand);
    this.byId.set(brand.id, brand);
  }
}
