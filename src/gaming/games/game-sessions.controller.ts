import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import {
  EndGameSessionDto,
  GameSessionDto,
  GameSessionPageDto,
  GameSessionQueryDto,
  RecordRoundDto,
  RoundResultDto,
  StartGameSessionDto,
} from './dto/game-session.dto';
import { GameSessionsService } from './game-sessions.service';
import { PlayerOrProviderScopes } from './player-or-provider.decorator';
import { RoundsService } from './rounds.service';

const NOT_FOUND = { description: 'No such game session in this brand', type: ApiErrorDto };

/** Game sessions: players start and read their own, game providers report rounds. */
@ApiTags('game-sessions')
@Controller('game-sessions')
export class GameSessionsController {
  constructor(
    private readonly sessions: GameSessionsService,
    private readonly rounds: RoundsService,
  ) {}

  @Post()
  @Scopes(Scope.GameSessionsWrite)
  @ApiOperation({ summary: 'Start a game session' })
  @ApiNotFoundResponse({ description: 'No such game in this brand', type: ApiErrorDto })
  start(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: StartGameSessionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<GameSessionDto> {
    return this.sessions.start(principal, dto.game_id, context);
  }

  @Get()
  @Scopes(Scope.GameSessionsRead)
  @ApiOperation({ summary: "List the player's game sessions, newest first" })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: GameSessionQueryDto,
  ): Promise<GameSessionPageDto> {
    const filter = { gameId: query.game_id, from: query.from, to: query.to };
    return this.sessions.listOwn(principal, filter, query.page, query.per_page);
  }

  @Get(':id')
  @Scopes(Scope.GameSessionsRead)
  @ApiOperation({ summary: "Read one of the player's game sessions" })
  @ApiNotFoundResponse(NOT_FOUND)
  get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<GameSessionDto> {
    return this.sessions.getOwn(principal, id);
  }

  @Patch(':id')
  @PlayerOrProviderScopes()
  @ApiOperation({
    summary: 'End a game session',
    description:
      'A player token needs game-sessions:write and ends its own session; a game provider token ' +
      'needs rounds:write and ends any session of its brand. Ending an ended session changes ' +
      'nothing.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  end(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() _dto: EndGameSessionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<GameSessionDto> {
    return this.sessions.end(principal, id, context);
  }

  @Post(':id/rounds')
  @Scopes(Scope.RoundsWrite)
  @ApiOperation({
    summary: 'Report a game round (game provider)',
    description:
      "Debits the bet in the brand's debit order (real money first unless the brand chose " +
      'bonus_first) and credits the win to real money in one transaction. A repeated round_id ' +
      'returns the first answer and moves nothing.',
  })
  @ApiConflictResponse({
    description: 'The game session has ended, or had no round for longer than the idle time',
    type: ApiErrorDto,
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiUnprocessableEntityResponse({
    description:
      'insufficient_funds: the bet is larger than the real plus bonus balance; ' +
      "loss_limit_exceeded: the bet would take the player's net loss past a loss limit",
    type: ApiErrorDto,
  })
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RecordRoundDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<RoundResultDto> {
    return this.rounds.record(principal, id, dto, context) as Promise<RoundResultDto>;
  }
}
