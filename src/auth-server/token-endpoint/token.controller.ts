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
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { TokenEndpointService } from './token-endpoint.service';
import { TokenRequestDto } from './token-request.dto';

@ApiTags('oauth')
@Controller('oauth')
export class TokenController {
  constructor(private readonly tokenEndpoint: TokenEndpointService) {}

  @Post(['token', ''])
  @RateLimit('oauth_token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiOperation({
    summary:
      'Token endpoint (RFC 6749): password, refresh_token, client_credentials and activation_code grants',
    description: 'Also served at POST /oauth. Accepts a form or a JSON body.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: TokenRequestDto })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiBadRequestResponse({
    description:
      'invalid_request, invalid_grant, invalid_scope, unauthorized_client, unsupported_grant_type, or invalid_client without HTTP Basic',
    type: OAuthErrorDto,
  })
  @ApiUnauthorizedResponse({ description: 'invalid_client after HTTP Basic', type: OAuthErrorDto })
  token(@Req() request: FastifyRequest): Promise<TokenResponseDto> {
    return this.tokenEndpoint.exchange(request);
  }
}
