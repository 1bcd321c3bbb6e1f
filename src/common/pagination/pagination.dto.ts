import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PER_PAGE = 100;
/** Highest page number accepted, which keeps the row offset within PostgreSQL's bigint. */
export const MAX_PAGE = 1_000_000;

/**
 * `page` and `per_page` query parameters of every paginated list, each optional with a default.
 * The decorators mark them as optional integers in the OpenAPI document, because the compiler
 * plugin reads optionality only from a question mark, which would type them `number | undefined`.
 */
export class PaginationQueryDto {
  /** 1-based page number, at most 1,000,000. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  @ApiPropertyOptional({ type: 'integer', example: 1 })
  page: number = 1;

  /** Items per page, 1-100. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  @ApiPropertyOptional({ type: 'integer', example: 20 })
  per_page: number = 20;
}

/** A page of a list and where it sits in the whole. */
export interface Page<T> {
  data: T[];
  page: number;
  per_page: number;
  total: number;
}
