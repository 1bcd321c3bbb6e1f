import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

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

  /**
   * Inserts a batch of events in one statement of nine array parameters, whatever the batch
   * size. TypeORM's insert() builds one placeholder per value, which took about 4 % of the token
   * endpoint's CPU in a profile of the client_credentials grant.
   */
  async insertMany(events: Partial<AuditEventEntity>[]): Promise<void> {
    const column = <K extends keyof AuditEventEntity>(key: K): unknown[] =>
      events.map((event) => event[key] ?? null);
    await this.dataSource.query(
      `INSERT INTO audit_events
         (brand_id, type, client_id, user_id, session_id, request_id, ip, details, created_at)
       SELECT brand_id, type, client_id, user_id, session_id, request_id, ip, details::jsonb,
              created_at
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::uuid[],
                     $6::varchar[], $7::varchar[], $8::text[], $9::timestamptz[])
           AS batch (brand_id, type, client_id, user_id, session_id, request_id, ip, details,
                     created_at)`,
      [
        column('brandId'),
        column('type'),
        column('clientId'),
        column('userId'),
        column('sessionId'),
        column('requestId'),
        column('ip'),
        events.map((event) => JSON.stringify(event.details ?? {})),
        events.map((event) => event.createdAt ?? new Date()),
      ],
    );
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
