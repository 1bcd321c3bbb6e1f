import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  LabelValues,
  Registry,
} from 'prom-client';
import { DataSource } from 'typeorm';

import { shareMetricsWithPrimary } from './cluster-metrics';

/** Route label of requests that matched no route, so that random paths add no series. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Latency buckets in seconds, from a cached bearer check to a slow password hash. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type RequestLabels = 'method' | 'route' | 'status';

/** The pg Pool counters that TypeORM's PostgreSQL driver exposes as `driver.master`. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus metrics of this process, in a registry of its own so that several applications
 * in one process (as in the e2e tests) do not share series. Hot paths call the increment methods,
 * which reuse one labelled child per label set instead of hashing labels on every call.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requestDuration = new Histogram<RequestLabels>({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status; _count is the request count',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly tokensIssued = new Counter<'grant_type'>({
    name: 'oauth_tokens_issued_total',
    help: 'Token responses sent by the token endpoint, by grant_type',
    labelNames: ['grant_type'],
    registers: [this.registry],
  });

  private readonly refreshTokenReuse = new Counter({
    name: 'oauth_refresh_token_reuse_total',
    help: 'Reused refresh tokens detected; each one revoked its session',
    registers: [this.registry],
  });

  private readonly lockouts = new Counter<'kind'>({
    name: 'auth_lockouts_total',
    help: 'Locks started after too many failures, by kind: player (logins and password changes), ip or client',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  private readonly requestChildren = new Map<string, { observe(seconds: number): void }>();

  constructor(@InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    shareMetricsWithPrimary(this.registry);
    this.registerPoolGauge(dataSource);
  }

  /** Records one HTTP response; `route` is the route template, never the raw path. */
  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${route} ${status}`;
    let child = this.requestChildren.get(key);
    if (!child) {
      const labels: LabelValues<RequestLabels> = { method, route, status };
      child = this.requestDuration.labels(labels);
      this.requestChildren.set(key, child);
    }
    child.observe(seconds);
  }

  tokenIssued(grantType: string): void {
    this.tokensIssued.inc({ grant_type: grantType });
  }

  refreshTokenReused(): void {
    this.refreshTokenReuse.inc();
  }

  lockoutStarted(kind: 'player' | 'ip' | 'client'): void {
    this.lockouts.inc({ kind });
  }

  /** Returns every metric in the Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  private registerPoolGauge(dataSource: DataSource): void {
    const driver = dataSource.driver as unknown as { master?: PoolCounts };
    const options = dataSource.options as { extra?: { max?: number } };
    new Gauge<'state'>({
      name: 'db_pool_connections',
      help: 'PostgreSQL pool of this process: total and idle connections, waiting requests, max size',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = driver.master;
        this.set({ state: 'max' }, options.extra?.max ?? 10);
        if (pool) {
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        }
      },
    });
  }
}
