import { applyDecorators, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOAuth2,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { BearerAuthGuard } from '../../common/auth/bearer-auth.guard';
import { ScopesGuard } from '../../common/auth/scopes.guard';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { Scope } from '../../common/scopes';

/**
 * Protects a route open to a player token with `game-sessions:write` and to a game provider's
 * token with `rounds:write`. GameSessionsService checks the scope, because the scope needed
 * depends on the kind of token.
 */
export function PlayerOrProviderScopes(): MethodDecorator {
  return applyDecorators(
    UseGuards(BearerAuthGuard, ScopesGuard),
    ApiBearerAuth('bearer'),
    ApiOAuth2([Scope.GameSessionsWrite], 'oauth2'),
    ApiOAuth2([Scope.RoundsWrite], 'oauth2'),
    ApiBadRequestResponse({
      description: 'Invalid fields, or a malformed request or token placement',
      type: ApiErrorDto,
    }),
    ApiUnauthorizedResponse({
      description: 'Missing, invalid, expired or revoked access token (RFC 6750 §3)',
      type: ApiErrorDto,
    }),
    ApiForbiddenResponse({
      description:
        'A player token without game-sessions:write or a client token without rounds:write',
      type: ApiErrorDto,
    }),
  );
}
