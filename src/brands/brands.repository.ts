import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { BrandEntity } from './brand.entity';

@Injectable()
export class BrandsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByCode(code: string): Promise<BrandEntity | null> {
    return this.dataSource.getRepository(BrandEntity).findOneBy({ code });
  }

  findById(id: string): Promise<BrandEntity | null> {
    return this.dataSource.getRepository(BrandEntity).findOneBy({ id });
  }

  count(): Promise<number> {
    return this.dataSource.getRepository(BrandEntity).count();
  }

  /** Creates the brand unless one with this code exists, and returns it either way. */
  async ensure(code: string, name: string, manager?: EntityManager): Promise<BrandEntity> {
    const executor = manager ?? this.dataSource.manager;
    await executor
      .createQueryBuilder()
      .insert()
      .into(BrandEntity)
      .values({ code, name })
      .orIgnore()
      .execute();
    return executor.findOneByOrFail(BrandEntity, { code });
  }
}
