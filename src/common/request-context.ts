import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

/**
 * The id, client IP and user agent of the HTTP request being served, which audit events, sessions,
 * lockouts and captcha checks record. Controllers read it from the Fastify request and pass it to
 * the services.
 */
export interface RequestContext {
  requestId: string;
  ip: string;
  userAgent?: string;
}

/** Maximum length of the User-Agent header passed to services. Longer values are cut. */
const MAX_USER_AGENT_LENGTH = 256;

/** Returns the request id, client IP and user agent of a Fastify request. */
export function requestContextOf(request: FastifyRequest): RequestContext {
  return {
    requestId: request.id,
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, MAX_USER_AGENT_LENGTH),
  };
}

/** Injects the RequestContext of the request being served. */
export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    requestContextOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
