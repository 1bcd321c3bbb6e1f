import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Principal } from '../../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../../common/auth/scopes.decorator';
import { ApiErrorDto } from '../../common/errors/api-error.dto';
import { Scope } from '../../common/scopes';
import { PERIOD_SECONDS } from './deposit-limit-periods';
import { DepositLimitsService } from './deposit-limits.service';
import { DepositLimitsDto, UpdateDepositLimitsDto } from './dto/deposit-limits.dto';

/** The calling player's own responsible-gaming deposit limits. */
@ApiTags('limits')
@Controller('users/me/limits')
export class DepositLimitsController {
  constructor(private readonly limits: DepositLimitsService) {}

  @Get()
  @Scopes(Scope.LimitsRead)
  @ApiOperation({
    summary: "Read the player's deposit limits",
    description:
      'Each period is a rolling window ending now: 24 hours, 7 days or 30 days. Deposited and ' +
      'remaining amounts are in minor units of the player currency.',
  })
  async get(@CurrentPrincipal() principal: Principal): Promise<DepositLimitsDto> {
    return DepositLimitsDto.from(await this.limits.getOwn(principal), PERIOD_SECONDS);
  }

  @Put()
  @Scopes(Scope.LimitsWrite)
  @ApiOperation({
    summary: "Set the player's deposit limits",
    description:
      'A number sets a limit, null removes it, an absent field keeps it. Lowering a limit or ' +
      'setting a first one applies at once; raising or removing one applies after the ' +
      'cooling-off period and shows as pending until then.',
  })
  @ApiBadRequestResponse({ description: 'A limit is not a valid amount', type: ApiErrorDto })
  async put(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: UpdateDepositLimitsDto,
  ): Promise<DepositLimitsDto> {
    const view = await this.limits.updateOwn(principal, dto.toChanges());
    return DepositLimitsDto.from(view, PERIOD_SECONDS);
  }
}
