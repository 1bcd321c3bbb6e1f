import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { SessionResponseDto } from './dto/session-response.dto';
import { PlayerSessionsService } from './player-sessions.service';

/** The player's own sessions, and logout. Every route needs a player's access token. */
@Controller()
export class PlayerSessionsController {
  constructor(private readonly sessions: PlayerSessionsService) {}

  @Get('users/me/sessions')
  @ApiTags('users')
  @Scopes(Scope.ProfileRead)
  @ApiOperation({ summary: "List the player's active sessions, newest first" })
  @ApiOkResponse({ type: SessionResponseDto, isArray: true })
  list(@CurrentPrincipal() principal: Principal): Promise<SessionResponseDto[]> {
    return this.sessions.list(principal);
  }

  @Delete('users/me/sessions/current')
  @HttpCode(204)
  @ApiTags('users')
  @Scopes(Scope.ProfileWrite)
  @ApiOperation({ summary: 'End the session of this access token (log out)' })
  @ApiNoContentResponse({ description: 'The session is ended on every instance' })
  async endCurrent(
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    await this.sessions.endCurrent(principal, context);
  }

  @Delete('users/me/sessions/:id')
  @HttpCode(204)
  @ApiTags('users')
  @Scopes(Scope.ProfileWrite)
  @ApiOperation({ summary: "End one of the player's sessions" })
  @ApiNoContentResponse({ description: 'The session is ended on every instance' })
  @ApiNotFoundResponse({
    description: 'No active session with this id belongs to the player',
    type: ApiErrorDto,
  })
  async end(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    await this.sessions.end(principal, id, context);
  }

  @Post('oauth/logout')
  @HttpCode(204)
  @ApiTags('oauth')
  @Scopes()
  @ApiOperation({ summary: 'End the session of the bearer access token (log out)' })
  @ApiNoContentResponse({ description: 'The session is ended on every instance' })
  async logout(
    @CurrentPrincipal() principal: Principal,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    await this.sessions.endCurrent(principal, context);
  }
}
