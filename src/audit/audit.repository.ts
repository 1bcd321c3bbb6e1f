import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

import { AuditEventEntity, AuditEventType } from './audit-event.entity';

export interface AuditEventFilter {
  brandId: string;
  userId?: string;
  clientId?: string;
  type?: AuditEventType;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts a batch of events in one statement. */
  async insertMany(events: Partial<AuditEventEntity>[]): Promise<void> {
    await this.dataSource
      .getRepository(AuditEventEntity)
      .insert(events as QueryDeepPartialEntity<AuditEventEntity>[]);
  }

  /** Returns one page of a brand's events, newest first, and the count of all that match. */
  async findPage(
    filter: AuditEventFilter,
    offset: number,
    limit: number,
  ): Promise<[AuditEventEntity[], number]> {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .where('event.brand_id = :brandId', { brandId: filter.brandId });
    if (filter.userId) {
      query.andWhere('event.user_id = :userId', { userId: filter.userId });
    }
    if (filter.clientId) {
      query.andWhere('event.client_id = :clientId', { clientId: filter.clientId });
    }
    if (filter.type) {
      query.andWhere('event.type = :type', { type: filter.type });
    }
    if (filter.from) {
      query.andWhere('event.created_at >= :from', { from: filter.from });
    }
    if (filter.to) {
      query.andWhere('event.created_at < :to', { to: filter.to });
    }
    return query
      .orderBy('event.created_at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }
}
