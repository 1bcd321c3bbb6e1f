import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PER_PAGE = 100;
/** Highest page number accepted, which keeps the row offset within PostgreSQL's bigint. */
export const MAX_PAGE = 1_000_000;

/** `page` and `per_page` query parameters of every paginated list. */
export class PaginationQueryDto {
  /** 1-based page number, at most 1,000,000. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  /** Items per page, 1-100. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  per_page = 20;
}

/** A page of a list and where it sits in the whole. */
export interface Page<T> {
  data: T[];
  page: number;
  per_page: number;
  total: number;
}
