import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOAuth2,
  ApiSecurity,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';

import { ApiErrorDto } from '../errors/api-error.dto';
import { ScopeName } from '../scopes';
import { BearerAuthGuard } from './bearer-auth.guard';
import { REQUIRED_SCOPES, ScopesGuard } from './scopes.guard';

/**
 * Runs the bearer and scope checks of `@Scopes()` only when the request presents an access
 * token, in the Authorization header or, wrongly, as an `access_token` field. A request without
 * one passes with no principal, and the handler treats it as anonymous.
 */
@Injectable()
export class OptionalBearerGuard implements CanActivate {
  constructor(
    private readonly bearer: BearerAuthGuard,
    private readonly scopes: ScopesGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!presentsAccessToken(request)) {
      return true;
    }
    await this.bearer.canActivate(context);
    return this.scopes.canActivate(context);
  }
}

function presentsAccessToken(request: FastifyRequest): boolean {
  return (
    request.headers.authorization !== undefined ||
    hasField(request.query, 'access_token') ||
    hasField(request.body, 'access_token')
  );
}

function hasField(container: unknown, name: string): boolean {
  return typeof container === 'object' && container !== null && name in container;
}

/**
 * Serves a route both anonymously and to callers whose bearer token carries every scope listed.
 * A request with a token is checked as `@Scopes()` checks it. Get the caller with
 * `@CurrentPrincipal()`, which is undefined for an anonymous request.
 */
export function ScopesWhenAuthenticated(...scopes: ScopeName[]): MethodDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_SCOPES, scopes),
    UseGuards(OptionalBearerGuard),
    ApiSecurity({}),
    ApiBearerAuth('bearer'),
    ApiOAuth2(scopes, 'oauth2'),
    ApiUnauthorizedResponse({
      description: 'Invalid, expired or revoked access token (RFC 6750 §3)',
      type: ApiErrorDto,
    }),
    ApiForbiddenResponse({
      description: `The token lacks a required scope: ${scopes.join(' ')}`,
      type: ApiErrorDto,
    }),
  );
}
