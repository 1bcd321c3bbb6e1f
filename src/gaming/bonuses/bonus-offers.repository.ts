import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { BonusOfferEntity } from './bonus-offer.entity';

/** Stores the bonus offers of each brand. */
@Injectable()
export class BonusOffersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(offer: Partial<BonusOfferEntity>): Promise<BonusOfferEntity> {
    const repository = this.dataSource.getRepository(BonusOfferEntity);
    const { id } = await repository.save(repository.create(offer));
    return repository.findOneByOrFail({ id });
  }

  findInBrand(brandId: string, id: string): Promise<BonusOfferEntity | null> {
    return this.dataSource.getRepository(BonusOfferEntity).findOneBy({ brandId, id });
  }

  findPage(brandId: string, offset: number, limit: number): Promise<[BonusOfferEntity[], number]> {
    return this.dataSource.getRepository(BonusOfferEntity).findAndCount({
      where: { brandId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
  }

  findByIds(ids: string[]): Promise<BonusOfferEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(BonusOfferEntity)
      .createQueryBuilder('o')
      .where('o.id IN (:...ids)', { ids })
      .getMany();
  }

  /** Returns those of `gameIds` that are games of the brand. */
  async existingGameIds(brandId: string, gameIds: string[]): Promise<Set<string>> {
    if (gameIds.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM games WHERE brand_id = $1 AND id = ANY($2::uuid[])`,
      [brandId, gameIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
