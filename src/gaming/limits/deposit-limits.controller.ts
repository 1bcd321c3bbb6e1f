import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { CurrentRequest, RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { PERIOD_SECONDS } from './deposit-limit-periods';
import { DepositLimitsService } from './deposit-limits.service';
import { DepositLimitsDto } from './dto/deposit-limits.dto';
import { LimitsDto, LossLimitsDto, UpdateLimitsDto } from './dto/loss-limits.dto';
import { LossLimitsService } from './loss-limits.service';

/** The calling player's own responsible-gaming deposit and loss limits. */
@ApiTags('limits')
@Controller('users/me/limits')
export class DepositLimitsController {
  constructor(
    private readonly limits: DepositLimitsService,
    private readonly lossLimits: LossLimitsService,
  ) {}

  @Get()
  @Scopes(Scope.LimitsRead)
  @ApiOperation({
    summary: "Read the player's deposit and loss limits",
    description:
      'Each period is a rolling window ending now: 24 hours, 7 days or 30 days. Deposit limits ' +
      'are at the top level with the deposited and remaining amounts; loss limits are in `loss` ' +
      'with the net loss (bets minus wins) and the amount that may still be bet. Amounts are in ' +
      'minor units of the player currency.',
  })
  async get(@CurrentPrincipal() principal: Principal): Promise<LimitsDto> {
    const deposit = DepositLimitsDto.from(await this.limits.getOwn(principal), PERIOD_SECONDS);
    const loss = LossLimitsDto.from(await this.lossLimits.getOwn(principal), PERIOD_SECONDS);
    return { ...deposit, loss };
  }

  @Put()
  @Scopes(Scope.LimitsWrite)
  @ApiOperation({
    summary: "Set the player's deposit and loss limits",
    description:
      'Deposit limits at the top level, loss limits in `loss`. A number sets a limit, null ' +
      'removes it, an absent field keeps it. Lowering a limit or setting a first one applies at ' +
      'once; raising or removing one applies after the cooling-off period and shows as pending ' +
      'until then.',
  })
  @ApiBadRequestResponse({ description: 'A limit is not a valid amount', type: ApiErrorDto })
  async put(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateLimitsDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<LimitsDto> {
    // Two transactions: the body is fully validated first, so only a database failure could
    // apply the deposit limits without the loss limits.
    const deposit = await this.limits.updateOwn(principal, dto.toChanges(), context);
    const loss = await this.lossLimits.updateOwn(principal, dto.loss?.toChanges() ?? {}, context);
    return {
      ...DepositLimitsDto.from(deposit, PERIOD_SECONDS),
      loss: LossLimitsDto.from(loss, PERIOD_SECONDS),
    };
  }
}
