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
      'Token endpoint (RFC 6749): password, refresh_token, client_credentials, activation_code and authorization_code grants',
    description:
      'Also served at POST /oauth. Accepts a form or a JSON body.\n\n' +
      '- `password`: username and password of a player.\n' +
      '- `refresh_token`: a refresh token, rotated on every use.\n' +
      '- `client_credentials`: a confidential client acting for itself.\n' +
      '- `activation_code`: the code sent to a new player, which activates the account.\n' +
      '- `authorization_code`: the code sent to the redirect URI by GET /oauth/authorize, with ' +
      'the same redirect_uri and the PKCE code_verifier (RFC 7636).',
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
