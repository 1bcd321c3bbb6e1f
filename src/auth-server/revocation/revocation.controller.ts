import { Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';

import { OAuthErrorDto } from '../../common/errors/api-error.dto';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { RevocationRequestDto } from './revocation-request.dto';
import { TokenRevocationService } from './token-revocation.service';

@ApiTags('oauth')
@Controller('oauth')
export class RevocationController {
  constructor(private readonly revocation: TokenRevocationService) {}

  @Post('revoke')
  @HttpCode(200)
  @RateLimit('oauth_revoke')
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiOperation({
    summary: 'Token revocation (RFC 7009): ends an access token or a refresh token',
    description:
      'Revoking a refresh token ends its session and every access token of that session. ' +
      'Accepts a form or a JSON body and the client authentication of the token endpoint; ' +
      'public clients send client_id alone. Unknown, expired and already revoked tokens, and ' +
      'tokens of another client, which are left as they are, all answer 200.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: RevocationRequestDto })
  @ApiOkResponse({ description: 'Empty body: the token is no longer valid, or never was' })
  @ApiBadRequestResponse({
    description: 'invalid_request, or invalid_client without HTTP Basic',
    type: OAuthErrorDto,
  })
  @ApiUnauthorizedResponse({ description: 'invalid_client after HTTP Basic', type: OAuthErrorDto })
  async revoke(@Req() request: FastifyRequest): Promise<void> {
    await this.revocation.revoke(request);
  }
}
