import { IsDate, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

import { PaginationQueryDto } from '../../common/pagination/pagination.dto';
import { AUDIT_EVENT_TYPES, AuditEventEntity, AuditEventType } from '../audit-event.entity';
import { CalendarDate } from '../../common/calendar-date';

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
  @CalendarDate()
  @IsDate({ message: 'from must be an ISO 8601 date-time' })
  from?: Date;

  /** Events before this ISO 8601 time. */
  @IsOptional()
  @CalendarDate()
  @IsDate({ message: 'to must be an ISO 8601 date-time' })
  to?: Date;
}

export class AuditEventDto {
  /** @example "2051" */
  id: string;
  type: AuditEventType;
  /** @example "xcasino" */
  client_id: string | null;
  /** @example "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" */
  user_id: string | null;
  /** @example "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90" */
  session_id: string | null;
  /** @example "2f1c0d1e-5b8a-4d8e-9a43-6f0b7c2d9e11" */
  request_id: string | null;
  /** @example "203.0.113.7" */
  ip: string | null;
  /** @example {"grant_type": "password"} */
  details: Record<string, unknown>;
  /** @example "2026-01-15T09:30:00.000Z" */
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
  /** @example 1 */
  page: number;
  /** @example 20 */
  per_page: number;
  /** @example 42 */
  total: number;
}
