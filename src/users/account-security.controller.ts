import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { Principal } from '../common/auth/principal';
import { CurrentPrincipal, Scopes } from '../common/auth/scopes.decorator';
import { ApiErrorDto } from '../common/errors/api-error.dto';
import { Scope } from '../common/scopes';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator';
import { CurrentRequest, RequestContext } from '../common/request-context';
import { AccountSecurityService } from './account-security.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { SelfExclusionDto, SelfExclusionResponseDto } from './dto/self-exclusion.dto';

@ApiTags('users')
@Controller('users/me')
export class AccountSecurityController {
  constructor(private readonly accountSecurity: AccountSecurityService) {}

  @Post('password')
  @RateLimit('password_change')
  @HttpCode(204)
  @Scopes(Scope.ProfileWrite)
  @ApiOperation({
    summary: "Change the player's password",
    description: 'Ends every other session of the player; the session of this token stays.',
  })
  @ApiNoContentResponse({ description: 'The password is changed' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: ChangePasswordDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    await this.accountSecurity.changePassword(principal, dto, context);
  }

  @Post('self-exclusion')
  @HttpCode(200)
  @Scopes(Scope.ProfileWrite)
  @ApiOperation({
    summary: 'Self-exclude the player for a period',
    description:
      'Ends every session of the player, this one included. Grants fail until the period ends.',
  })
  @ApiOkResponse({ type: SelfExclusionResponseDto })
  @ApiConflictResponse({
    description: 'The player is already self-excluded until a later time',
    type: ApiErrorDto,
  })
  selfExclude(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: SelfExclusionDto,
    @CurrentRequest() context: RequestContext,
  ): Promise<SelfExclusionResponseDto> {
    return this.accountSecurity.selfExclude(principal, dto.period, context);
  }
}
