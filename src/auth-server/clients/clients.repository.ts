import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ClientEntity } from './client.entity';

@Injectable()
export class ClientsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByClientId(clientId: string): Promise<ClientEntity | null> {
    return this.dataSource
      .getRepository(ClientEntity)
      .findOne({ where: { clientId }, relations: { brand: true } });
  }

  findByBrand(brandId: string): Promise<ClientEntity[]> {
    return this.dataSource
      .getRepository(ClientEntity)
      .find({ where: { brandId }, relations: { brand: true }, order: { createdAt: 'ASC' } });
  }

  async insert(client: Partial<ClientEntity>, manager?: EntityManager): Promise<ClientEntity> {
    const executor = manager ?? this.dataSource.manager;
    const saved = await executor.save(executor.create(ClientEntity, client));
    return executor.findOneOrFail(ClientEntity, {
      where: { id: saved.id },
      relations: { brand: true },
    });
  }

  async update(id: string, changes: Partial<ClientEntity>): Promise<ClientEntity> {
    const repository = this.dataSource.getRepository(ClientEntity);
    await repository.update({ id }, changes);
    return repository.findOneOrFail({ where: { id }, relations: { brand: true } });
  }
}
