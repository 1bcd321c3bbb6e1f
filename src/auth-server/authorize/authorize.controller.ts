import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';

import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { RawParams } from './authorization-request';
import { sendAuthorizeResponse } from './authorize-response';
import { AuthorizeService } from './authorize.service';

/** The login and consent pages of the authorization code flow, as HTML for browsers. */
@ApiTags('oauth')
@Controller('oauth/authorize')
export class AuthorizeController {
  constructor(private readonly authorize: AuthorizeService) {}

  @Get()
  @RateLimit('oauth_authorize')
  @ApiOperation({
    summary:
      'Authorization endpoint (RFC 6749 §4.1): the login page of the authorization code flow',
    description:
      'Opened in a browser. After the player logs in (and, for third-party clients, consents), the browser is redirected to redirect_uri with code, state and iss.',
  })
  @ApiQuery({ name: 'response_type', enum: ['code'] })
  @ApiQuery({ name: 'client_id' })
  @ApiQuery({
    name: 'redirect_uri',
    description: 'Exactly as registered; loopback IPs on any port',
  })
  @ApiQuery({ name: 'scope', required: false })
  @ApiQuery({ name: 'state', required: false })
  @ApiQuery({ name: 'code_challenge', required: false, description: 'Required for public clients' })
  @ApiQuery({ name: 'code_challenge_method', required: false, enum: ['S256'] })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'The login page' })
  @ApiFoundResponse({
    description: 'Redirect to redirect_uri with error, error_description and state',
  })
  async show(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const response = await this.authorize.start(request.query as RawParams, request.headers.cookie);
    sendAuthorizeResponse(reply, response, request.method);
  }

  @Post()
  @RateLimit('oauth_authorize')
  @ApiExcludeEndpoint()
  async login(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const response = await this.authorize.submitLogin(formBody(request), request.headers.cookie);
    sendAuthorizeResponse(reply, response, request.method);
  }

  @Post('consent')
  @RateLimit('oauth_authorize')
  @ApiExcludeEndpoint()
  async consent(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const response = await this.authorize.submitConsent(formBody(request), request.headers.cookie);
    sendAuthorizeResponse(reply, response, request.method);
  }
}

function formBody(request: FastifyRequest): RawParams {
  const body: unknown = request.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as RawParams)
    : {};
}
