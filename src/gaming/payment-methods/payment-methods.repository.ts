import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere } from 'typeorm';

import { PaymentMethodEntity, PaymentType } from './payment-method.entity';

@Injectable()
export class PaymentMethodsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(PaymentMethodEntity);
  }

  create(method: Partial<PaymentMethodEntity>): Promise<PaymentMethodEntity> {
    return this.repository.save(this.repository.create(method));
  }

  findInBrand(brandId: string, id: string): Promise<PaymentMethodEntity | null> {
    return this.repository.findOneBy({ brandId, id });
  }

  /** Lists a brand's methods, oldest first; only the enabled ones when `enabledOnly`. */
  list(brandId: string, type: PaymentType | undefined, enabledOnly: boolean) {
    const where: FindOptionsWhere<PaymentMethodEntity> = { brandId };
    if (type) {
      where.type = type;
    }
    if (enabledOnly) {
      where.enabled = true;
    }
    return this.repository.find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  save(method: PaymentMethodEntity): Promise<PaymentMethodEntity> {
    return this.repository.save(method);
  }
}
