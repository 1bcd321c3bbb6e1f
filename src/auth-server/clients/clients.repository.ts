import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { ClientEntity } from './client.entity';

export const CLIENT_CHANGED_CHANNEL = 'client_changed';

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

  /**
   * Changes a client and, in the same transaction, notifies every instance to drop its cached copy
   * (NOTIFY on CLIENT_CHANGED_CHANNEL, delivered at commit).
   */
  async update(id: string, changes: Partial<ClientEntity>): Promise<ClientEntity> {
    return this.dataSource.transaction(async (manager) => {
      await manager.update(ClientEntity, { id }, changes);
      const client = await manager.findOneOrFail(ClientEntity, {
        where: { id },
        relations: { brand: true },
      });
      await manager.query('SELECT pg_notify($1, $2)', [CLIENT_CHANGED_CHANNEL, client.clientId]);
      return client;
    });
  }
}
