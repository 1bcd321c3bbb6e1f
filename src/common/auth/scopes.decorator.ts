import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOAuth2,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { ApiErrorDto } from '../errors/api-error.dto';
import { ScopeName } from '../scopes';
import { BearerAuthGuard } from './bearer-auth.guard';
import { Principal } from './principal';
import { REQUIRED_SCOPES, ScopesGuard } from './scopes.guard';

/**
 * Protects a route with a bearer access token that carries every scope listed, and documents the
 * route's security and its 401/403 responses in OpenAPI.
 */
export function Scopes(...scopes: ScopeName[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_SCOPES, scopes),
    UseGuards(BearerAuthGuard, ScopesGuard),
    ApiBearerAuth('bearer'),
    ApiOAuth2(scopes, 'oauth2'),
    ApiBadRequestResponse({
      description: 'Malformed request or token placement',
      type: ApiErrorDto,
    }),
    ApiUnauthorizedResponse({
      description: 'Missing, invalid, expired or revoked access token (RFC 6750 §3)',
      type: ApiErrorDto,
    }),
    ApiForbiddenResponse({
      description: `The token lacks a required scope: ${scopes.join(' ')}`,
      type: ApiErrorDto,
    }),
  );
}

/** Injects the Principal of the verified access token. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ user: Principal }>().user,
);
