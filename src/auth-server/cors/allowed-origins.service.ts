import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How long an answer for one origin is reused before PostgreSQL is asked again. */
const CACHE_TTL_MS = 30_000;
/** Cached origins past which the oldest answers are dropped, so unknown origins cannot grow it. */
const MAX_CACHED_ORIGINS = 1000;

/**
 * Whether a browser origin appears in the `allowed_origins` of any client. Answers are cached per
 * origin for 30 seconds, so a change to a client's origins takes up to that long to apply.
 */
@Injectable()
export class AllowedOrigins {
  private readonly cache = new Map<string, { allowed: boolean; loadedAt: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isAllowed(origin: string): Promise<boolean> {
    const cached = this.cache.get(origin);
    if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) {
      return cached.allowed;
    }

    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM oauth_clients WHERE $1 = ANY (allowed_origins) LIMIT 1`,
      [origin],
    );
    const allowed = rows.length > 0;
    if (this.cache.size >= MAX_CACHED_ORIGINS) {
      this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(origin, { allowed, loadedAt: Date.now() });
    return allowed;
  }
}
