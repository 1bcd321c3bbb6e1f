import { Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { FastifyRequest } from 'fastify';

import { OAuthErrorDto } from '../../common/errors/api-error.dto';
import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { IntrospectionResponseDto } from './dto/introspection-response.dto';
import { IntrospectionRequestDto } from './introspection-request.dto';
import { TokenIntrospectionService } from './token-introspection.service';

@ApiTags('oauth')
@Controller('oauth')
export class IntrospectionController {
  constructor(private readonly introspection: TokenIntrospectionService) {}

  @Post('introspect')
  @HttpCode(200)
  @RateLimit('oauth_introspect')
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  @ApiOperation({
    summary: 'Token introspection (RFC 7662): is an access or refresh token active, and its claims',
    description:
      'For confidential clients holding the tokens:introspect scope. Accepts a form or a JSON ' +
      'body. Tokens of another brand are reported inactive.',
  })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: IntrospectionRequestDto })
  @ApiOkResponse({ type: IntrospectionResponseDto })
  @ApiBadRequestResponse({ description: 'invalid_request', type: OAuthErrorDto })
  @ApiUnauthorizedResponse({
    description: 'invalid_client: missing or wrong credentials, or a public client',
    type: OAuthErrorDto,
  })
  @ApiForbiddenResponse({
    description: 'unauthorized_client: the client lacks the tokens:introspect scope',
    type: OAuthErrorDto,
  })
  introspect(@Req() request: FastifyRequest): Promise<IntrospectionResponseDto> {
    return this.introspection.introspect(request);
  }
}
