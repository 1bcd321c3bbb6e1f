import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  ServiceUnavailableException,
} from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';

import { HandlerTimeoutError } from '../http-limits/handler-timeout';
import { ReplayedResponse } from '../idempotency/idempotency.errors';
import { ApiErrorDto } from './api-error.dto';
import { ApiException } from './api.exception';
import { BearerError } from './bearer.errors';
import { isDatabaseUnavailable, isTransientDatabaseError } from './database-errors';
import { FieldConflictException } from './field-conflict.exception';
import { InvalidRequestError, OAuthError, ServerError } from './oauth.errors';
import { ValidationFailedException } from './validation-failed.exception';

const ERROR_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  408: 'request_timeout',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

const DATABASE_UNAVAILABLE = 'The database is unavailable; retry later';

/** Seconds a client should wait before retrying while PostgreSQL cannot be reached. */
const RETRY_AFTER_OUTAGE_SECONDS = '5';

export function requestIdOf(request: FastifyRequest): string {
  const rawId = (request.raw as { id?: unknown }).id;
  return typeof rawId === 'string' ? rawId : request.id;
}

/**
 * True for the endpoints that send errors as RFC 6749 `{error, error_description}`. Logout sits
 * under /oauth but is a bearer-protected route, so it sends the ApiErrorDto shape.
 */
export function isOAuthEndpoint(url: string): boolean {
  return url.startsWith('/oauth') && !url.startsWith('/oauth/logout');
}

/** Sets the headers every OAuth endpoint response carries (RFC 6749 §5.1). */
export function setNoStore(reply: FastifyReply): void {
  void reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
}

/**
 * Turns every error into its documented body: `{error, error_description}` for OAuth errors, the
 * ApiErrorDto shape for the rest. A 5xx shows no internals; its stack goes to the log.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();

    if (exception instanceof OAuthError) {
      this.sendOAuthError(reply, exception);
      return;
    }
    if (exception instanceof ReplayedResponse) {
      void reply.status(exception.replayStatus).send(exception.replayBody);
      return;
    }
    if (request.url.startsWith('/health') && exception instanceof ServiceUnavailableException) {
      // Terminus reports each failed check in the body; monitoring reads it as it is.
      void reply.status(503).send(exception.getResponse());
      return;
    }
    // Bearer routes under /oauth fail as RFC 6750 §3 defines, like every bearer route.
    if (isOAuthEndpoint(request.url) && !(exception instanceof BearerError)) {
      const asOAuth = this.toOAuthError(exception, request);
      if (asOAuth) {
        this.sendOAuthError(reply, asOAuth);
        return;
      }
    }
    this.sendApiError(request, reply, exception);
  }

  /**
   * Maps errors raised before an OAuth endpoint runs, such as an unparsable or oversized body, to
   * RFC 6749 `invalid_request`, and unexpected errors to `server_error`.
   */
  private toOAuthError(exception: unknown, request: FastifyRequest): OAuthError | undefined {
    if (isHandlerTimeout(exception)) {
      return new OAuthError(
        'temporarily_unavailable',
        'The server did not finish the request in time; retry it',
        503,
        { 'Retry-After': '1' },
      );
    }
    if (!(exception instanceof HttpException)) {
      this.logUnexpected(exception, request);
      if (isTransientDatabaseError(exception)) {
        return new OAuthError(
          'temporarily_unavailable',
          'The request collided with a concurrent one; retry it',
          503,
          { 'Retry-After': '1' },
        );
      }
      if (isDatabaseUnavailable(exception)) {
        return new OAuthError('temporarily_unavailable', DATABASE_UNAVAILABLE, 503, {
          'Retry-After': RETRY_AFTER_OUTAGE_SECONDS,
        });
      }
      return new ServerError();
    }
    const status = exception.getStatus();
    if (status === 415) {
      return new InvalidRequestError(
        'Content-Type must be application/x-www-form-urlencoded or application/json',
      );
    }
    if (status === 400 || status === 413) {
      return new InvalidRequestError(messageOf(exception));
    }
    if (status === 405) {
      return new OAuthError('invalid_request', messageOf(exception), 405);
    }
    return undefined;
  }

  private logUnexpected(exception: unknown, request: FastifyRequest): void {
    this.logger.error(
      { req: { id: requestIdOf(request) }, ...describeError(exception) },
      'Unexpected error',
    );
  }

  private sendOAuthError(reply: FastifyReply, error: OAuthError): void {
    setNoStore(reply);
    void reply
      .status(error.status)
      .headers(error.headers)
      .send({ error: error.error, error_description: toDescriptionCharacters(error.description) });
  }

  private sendApiError(request: FastifyRequest, reply: FastifyReply, exception: unknown): void {
    const body = this.toApiError(exception, requestIdOf(request));
    if (body.status >= 500 && !isHandlerTimeout(exception)) {
      this.logUnexpected(exception, request);
    }
    if (exception instanceof BearerError) {
      void reply.header('WWW-Authenticate', exception.challenge);
    }
    if (body.status === 503) {
      const unavailable = isDatabaseUnavailable(exception);
      void reply.header('Retry-After', unavailable ? RETRY_AFTER_OUTAGE_SECONDS : '1');
    }
    void reply.status(body.status).send(body);
  }

  /** Builds the ApiErrorDto body for a resource API error. Public so that replays can store it. */
  toApiError(exception: unknown, requestId: string): ApiErrorDto {
    if (exception instanceof ValidationFailedException) {
      return {
        status: 400,
        error: 'validation_failed',
        message: exception.message,
        request_id: requestId,
        fields: exception.fields,
      };
    }
    if (exception instanceof FieldConflictException) {
      return {
        status: 409,
        error: 'conflict',
        message: exception.message,
        request_id: requestId,
        fields: exception.fields,
      };
    }
    if (exception instanceof ApiException) {
      return {
        status: exception.getStatus(),
        error: exception.code,
        message: exception.message,
        request_id: requestId,
      };
    }
    if (exception instanceof BearerError) {
      const status = exception.getStatus();
      const code = exception.code ?? 'unauthorized';
      return { status, error: code, message: exception.description, request_id: requestId };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        status,
        error: ERROR_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'),
        message: status >= 500 ? 'Internal server error' : messageOf(exception),
        request_id: requestId,
      };
    }
    if (isHandlerTimeout(exception)) {
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'service_unavailable',
        message: 'The server did not finish the request in time; retry it',
        request_id: requestId,
      };
    }
    if (isTransientDatabaseError(exception)) {
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'service_unavailable',
        message: 'The request collided with a concurrent one; retry it',
        request_id: requestId,
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        error: 'service_unavailable',
        message: DATABASE_UNAVAILABLE,
        request_id: requestId,
      };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      error: 'internal_error',
      message: 'Internal server error',
      request_id: requestId,
    };
  }
}

/**
 * Describes an unexpected error for the log without the SQL parameters that TypeORM attaches to
 * a QueryFailedError, since those may hold codes, secrets or personal data.
 */
export function describeError(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof Error)) {
    return { error: String(exception) };
  }
  const driverError = (exception as { driverError?: { code?: unknown } }).driverError;
  return {
    name: exception.name,
    message: exception.message,
    code: driverError?.code,
    stack: exception.stack,
  };
}

/**
 * Replaces what RFC 6749 §5.2 does not allow in `error_description` (anything but printable
 * ASCII other than `"` and `\`) with `?`, since descriptions may repeat a value the client sent.
 */
function toDescriptionCharacters(description: string): string {
  return description.replace(/[^\x20-\x21\x23-\x5B\x5D-\x7E]/g, '?');
}

/** True for the error sent when a handler runs longer than HANDLER_TIMEOUT_MS. */
function isHandlerTimeout(exception: unknown): boolean {
  return exception instanceof HandlerTimeoutError;
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') {
    return response;
  }
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) {
    return message.join('; ');
  }
  return typeof message === 'string' ? message : exception.message;
}
