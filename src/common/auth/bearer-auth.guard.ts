import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';

import { BearerError } from '../errors/bearer.errors';
import { Principal } from './principal';

/**
 * Accepts an access token only from the Authorization header (RFC 6750 §2.1). A token in the
 * query string or the body is refused with `invalid_request`, so that it never reaches URLs,
 * logs or caches by accident.
 */
@Injectable()
export class BearerAuthGuard extends AuthGuard('bearer') {
  override canActivate(
    context: ExecutionContext,
  ): boolean | Promise<boolean> | Observable<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (hasField(request.query, 'access_token') || hasField(request.body, 'access_token')) {
      throw BearerError.invalidRequest(
        'Send the access token in the Authorization header, not in the query string or body',
      );
    }
    collapseSchemeSpaces(request);
    return super.canActivate(context);
  }

  override handleRequest<T = Principal>(
    error: unknown,
    principal: T | false,
    _info: unknown,
    _context: ExecutionContext,
    status?: unknown,
  ): T {
    if (error instanceof Error) {
      throw error;
    }
    if (status === 400) {
      throw BearerError.invalidRequest('The Authorization header is malformed');
    }
    if (!principal) {
      throw BearerError.missing();
    }
    return principal;
  }
}

function hasField(container: unknown, name: string): boolean {
  return typeof container === 'object' && container !== null && name in container;
}

/**
 * Rewrites `Bearer   <token>` as `Bearer <token>`: RFC 6750 §2.1 allows one or more spaces after
 * the scheme, while passport-http-bearer splits the header at single spaces.
 */
function collapseSchemeSpaces(request: FastifyRequest): void {
  const header = request.headers.authorization;
  const match = header ? /^(bearer) {2,}(\S+)$/i.exec(header) : null;
  if (match) {
    request.headers.authorization = `${match[1]} ${match[2]}`;
  }
}
