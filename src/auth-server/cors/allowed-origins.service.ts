import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CLIENT_CHANGED_CHANNEL } from '../clients/clients.repository';
import { NotificationListener } from '../tokens/notification-listener';

/** How long the cached result for one origin is reused before PostgreSQL is queried again. */
const CACHE_TTL_MS = 30_000;
/** Maximum cached origins. Past it the oldest entry is dropped, so unknown origins cannot grow the cache. */
const MAX_CACHED_ORIGINS = 1000;

/**
 * Whether a browser origin appears in the `allowed_origins` of any client. Results are cached per
 * origin. The cache is cleared when a client changes on any instance (the `client_changed`
 * NOTIFY) and when this instance registers a client. A client registered on another instance
 * takes up to 30 seconds to count here, because registration sends no NOTIFY.
 */
@Injectable()
export class AllowedOrigins implements OnModuleInit {
  private readonly cache = new Map<string, { allowed: boolean; loadedAt: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listener: NotificationListener,
  ) {}

  onModuleInit(): Promise<void> {
    return this.listener.subscribe(CLIENT_CHANGED_CHANNEL, {
      onNotification: () => this.clear(),
      onSubscribed: () => Promise.resolve(this.clear()),
    });
  }

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

  clear(): void {
    this.cache.clear();
  }
}
