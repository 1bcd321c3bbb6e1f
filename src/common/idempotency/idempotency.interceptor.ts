import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';

import { Principal } from '../auth/principal';
import { HttpExceptionFilter, requestIdOf } from '../errors/http-exception.filter';
import {
  idempotencyKeyInUse,
  invalidIdempotencyKey,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  ReplayedResponse,
} from './idempotency.errors';
import { IdempotencyScope } from './idempotency-keys.repository';
import { IdempotencyService } from './idempotency.service';
import { requestHash } from './request-hash';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

const VISIBLE_ASCII = /^[\x21-\x7E]+$/;
/** Retry-After of a 409 for a key whose first request still runs. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/**
 * Runs a route once per Idempotency-Key and caller, as the Idempotent decorator describes. Nest
 * runs it after the guards, so the caller is the verified principal, and around the pipes, so
 * that a validation error is stored like any other 4xx.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  /** Builds the error bodies the global filter would send, to store them for replay. */
  private readonly errorBodies = new HttpExceptionFilter();

  constructor(private readonly idempotency: IdempotencyService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { user?: Principal }>();
    const header = request.headers[IDEMPOTENCY_KEY_HEADER];
    if (header === undefined) {
      return next.handle();
    }

    const scope = scopeOf(request.user, parseKey(header));
    const hash = requestHash({
      method: request.method,
      route: request.routeOptions.url ?? request.url,
      params: request.params,
      body: request.body,
    });
    const started = await this.idempotency.start(scope, hash);
    const reply = http.getResponse<FastifyReply>();
    if (started.kind === 'in_progress') {
      void reply.header('Retry-After', String(IN_PROGRESS_RETRY_AFTER_SECONDS));
      throw idempotencyKeyInUse();
    }
    if (started.kind === 'replay') {
      void reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
      throw new ReplayedResponse(started.status, started.body);
    }
    return from(this.runClaimed(context, next, scope, started.claimId));
  }

  private async runClaimed(
    context: ExecutionContext,
    next: CallHandler,
    scope: IdempotencyScope,
    claimId: string,
  ): Promise<unknown> {
    let body: unknown;
    try {
      body = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.finishWithError(context, scope, claimId, error);
      throw error;
    }
    // NOTE: the route's transaction has committed before this write. If the process stops in
    // between, the key stays claimed, and a retry after IDEMPOTENCY_LOCK_TIMEOUT runs the route
    // a second time. The same happens when a route runs for longer than that timeout.
    await this.idempotency.complete(scope, claimId, successStatus(context), toJsonValue(body));
    return body;
  }

  /**
   * Stores a 4xx for replay, since the same request would fail the same way. A 5xx releases
   * the key instead: the route's database transaction rolled back, so a retry is safe, and a
   * stored 5xx would turn a passing fault into the permanent response.
   */
  private async finishWithError(
    context: ExecutionContext,
    scope: IdempotencyScope,
    claimId: string,
    error: unknown,
  ): Promise<void> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const body = this.errorBodies.toApiError(error, requestIdOf(request));
    if (body.status >= 500) {
      await this.idempotency.release(scope, claimId);
      return;
    }
    await this.idempotency.complete(scope, claimId, body.status, body);
  }
}

function parseKey(header: string | string[]): string {
  if (
    typeof header !== 'string' ||
    header.length > MAX_IDEMPOTENCY_KEY_LENGTH ||
    !VISIBLE_ASCII.test(header)
  ) {
    throw invalidIdempotencyKey();
  }
  return header;
}

function scopeOf(principal: Principal | undefined, key: string): IdempotencyScope {
  if (!principal) {
    throw new Error('@Idempotent() needs a route protected by @Scopes(), which sets the caller');
  }
  return {
    brand: principal.brand,
    clientId: principal.clientId,
    subject: principal.subject,
    key,
  };
}

/** Returns the status Nest sends for a returned value: @HttpCode, else 201 for POST and 200 otherwise. */
function successStatus(context: ExecutionContext): number {
  const declared = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as
    number | undefined;
  if (declared) {
    return declared;
  }
  return context.switchToHttp().getRequest<FastifyRequest>().method === 'POST' ? 201 : 200;
}

/** Returns the value as the client receives it, after JSON serialisation. */
function toJsonValue(body: unknown): unknown {
  return body === undefined ? null : (JSON.parse(JSON.stringify(body)) as unknown);
}
