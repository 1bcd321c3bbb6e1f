import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { BonusesService } from './bonuses.service';
import { BonusDto, BonusPageDto, BonusQueryDto } from './dto/bonus.dto';

const NOT_FOUND = { description: 'No such bonus of this player', type: ApiErrorDto };

/** The calling player's bonuses. */
@ApiTags('bonuses')
@Controller('bonuses')
export class BonusesController {
  constructor(private readonly bonuses: BonusesService) {}

  @Get()
  @Scopes(Scope.BonusesRead)
  @ApiOperation({
    summary: "List the player's bonuses, newest first",
    description:
      'Every open offer of the brand (active, inside its validity window) is available to each ' +
      'player once.',
  })
  list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: BonusQueryDto,
  ): Promise<BonusPageDto> {
    return this.bonuses.list(principal, query);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Scopes(Scope.BonusesClaim)
  @ApiOperation({
    summary: 'Claim an available manual bonus',
    description: 'Credits the bonus amount to the bonus balance; the wagering time starts now.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({
    description: 'bonus_not_available: not available any more; active_bonus_limit: too many active',
    type: ApiErrorDto,
  })
  @ApiUnprocessableEntityResponse({
    description: 'bonus_expired, bonus_unavailable: the offer is closed; deposit_bonus',
    type: ApiErrorDto,
  })
  claim(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<BonusDto> {
    return this.bonuses.claim(principal, id, context);
  }

  @Post(':id/forfeit')
  @HttpCode(200)
  @Scopes(Scope.BonusesClaim)
  @ApiOperation({
    summary: 'Forfeit an active bonus',
    description: 'Removes the remaining bonus money from the bonus balance.',
  })
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiConflictResponse({ description: 'bonus_not_active', type: ApiErrorDto })
  forfeit(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<BonusDto> {
    return this.bonuses.forfeit(principal, id, context);
  }
}
