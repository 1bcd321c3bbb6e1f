import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

import { PaginationQueryDto } from '../../common/pagination/pagination.dto';
import { AUDIT_EVENT_TYPES, AuditEventEntity, AuditEventType } from '../audit-event.entity';

export class AuditEventQueryDto extends PaginationQueryDto {
  @IsOptional()
  @IsUUID()
  user_id?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'client_id must be a client identifier' })
  client_id?: string;

  @IsOptional()
  @IsIn(AUDIT_EVENT_TYPES)
  type?: AuditEventType;

  /** Events at or after this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Events before this ISO 8601 time. */
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

export class AuditEventDto {
  id: string;
  type: AuditEventType;
  client_id: string | null;
  user_id: string | null;
  session_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  created_at: Date;

  static from(event: AuditEventEntity): AuditEventDto {
    return {
      id: event.id,
      type: event.type,
      client_id: event.clientId,
      user_id: event.userId,
      session_id: event.sessionId,
      request_id: event.requestId,
      ip: event.ip,
      details: event.details,
      created_at: event.createdAt,
    };
  }
}

export class AuditEventPageDto {
  data: AuditEventDto[];
  page: number;
  per_page: number;
  total: number;
}
