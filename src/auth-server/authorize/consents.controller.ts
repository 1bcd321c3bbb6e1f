import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
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
import { ConsentsService } from './consents.service';
import { ConsentResponseDto } from './dto/consent-response.dto';

/** The player's consents to third-party clients. */
@ApiTags('users')
@Controller('users/me/consents')
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Scopes(Scope.ProfileRead)
  @ApiOperation({ summary: 'List the clients the player allowed to access the account' })
  @ApiOkResponse({ type: ConsentResponseDto, isArray: true })
  async list(@CurrentPrincipal() principal: Principal): Promise<ConsentResponseDto[]> {
    return (await this.consents.list(principal)).map((row) => ConsentResponseDto.from(row));
  }

  @Delete(':client_id')
  @HttpCode(204)
  @Scopes(Scope.ProfileWrite)
  @ApiOperation({
    summary: "Withdraw the consent to a client and end the player's sessions with it",
  })
  @ApiNoContentResponse({ description: 'The consent is withdrawn and the sessions are ended' })
  @ApiNotFoundResponse({ description: 'The player gave this client no consent', type: ApiErrorDto })
  async withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('client_id') clientId: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<void> {
    await this.consents.withdraw(principal, clientId, context);
  }
}
