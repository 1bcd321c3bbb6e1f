import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { Scope } from '../../common/scopes';
import { CreateGameDto, GameDto, GamePageDto, GameQueryDto, UpdateGameDto } from './dto/game.dto';
import { GamesService } from './games.service';

/** The games catalogue of the caller's brand. */
@ApiTags('games')
@Controller('games')
export class GamesController {
  constructor(private readonly games: GamesService) {}

  @Post()
  @Scopes(Scope.GamesWrite)
  @ApiOperation({ summary: 'Add a game to the catalogue' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: CreateGameDto,
  ): Promise<GameDto> {
    return GameDto.from(await this.games.create(principal, dto));
  }

  @Get()
  @Scopes()
  @ApiOperation({
    summary: "List the brand's games",
    description: 'Open to any access token of the brand, whatever its scopes.',
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: GameQueryDto,
  ): Promise<GamePageDto> {
    return this.games.list(principal, query.page, query.per_page);
  }

  @Patch(':id')
  @Scopes(Scope.GamesWrite)
  @ApiOperation({ summary: 'Change a game; its provider stays as created' })
  @ApiNotFoundResponse({ description: 'No such game in this brand', type: ApiErrorDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateGameDto,
  ): Promise<GameDto> {
    return GameDto.from(await this.games.update(principal, id, dto));
  }
}
