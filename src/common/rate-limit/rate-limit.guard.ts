import {
  CanActivate,
  ExecutionContext,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyReply, FastifyRequest } from 'fastify';

import { AppConfig } from '../../config/app-config';
import { SlowDownError } from '../errors/oauth.errors';
import { COUNTER_STORE, CounterStore } from './counter-store';

export const RATE_LIMIT_POLICY = Symbol('RATE_LIMIT_POLICY');

export interface RateLimitPolicy {
  /** Name of the counter; routes with the same bucket share it. */
  bucket: string;
  /** Requests allowed per window and IP; RATE_LIMIT_MAX_REQUESTS when unset. */
  maxRequests?: number;
  /** RATE_LIMIT_WINDOW_SECONDS when unset. */
  windowSeconds?: number;
}

/**
 * Counts requests per route bucket and client IP in fixed windows; see the RateLimit decorator.
 * The IP is Fastify's request.ip: behind a reverse proxy it is the proxy's address for every
 * client unless TRUST_PROXY names that proxy.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(COUNTER_STORE) private readonly counters: CounterStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(
      RATE_LIMIT_POLICY,
      [context.getHandler(), context.getClass()],
    );
    if (!policy) {
      return true;
    }
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();

    const limit = policy.maxRequests ?? this.config.RATE_LIMIT_MAX_REQUESTS;
    const windowSeconds = policy.windowSeconds ?? this.config.RATE_LIMIT_WINDOW_SECONDS;
    const { count, resetAt } = await this.counters.increment(
      `rate:${policy.bucket}:${request.ip}`,
      windowSeconds * 1000,
    );
    const resetSeconds = Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
    void reply
      .header('RateLimit-Limit', String(limit))
      .header('RateLimit-Remaining', String(Math.max(0, limit - count)))
      .header('RateLimit-Reset', String(resetSeconds));
    if (count <= limit) {
      return true;
    }

    void reply.header('Retry-After', String(resetSeconds));
    const description = `Too many requests from this IP address; retry in ${resetSeconds} seconds`;
    if (request.url.startsWith('/oauth')) {
      throw new SlowDownError(description);
    }
    throw new HttpException(description, HttpStatus.TOO_MANY_REQUESTS);
  }
}
