import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiExcludeEndpoint,
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';

import { RateLimit } from '../../common/rate-limit/rate-limit.decorator';
import { requestContextOf } from '../../common/request-context';
import { RawParams } from './authorization-request';
import { sendAuthorizeResponse } from './authorize-response';
import { AuthorizeService } from './authorize.service';

const HTML_PAGE = { 'text/html': { schema: { type: 'string', example: '<!doctype html>' } } };

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
  @ApiQuery({ name: 'client_id', type: String, example: 'xcasino-swagger-ui' })
  @ApiQuery({
    name: 'redirect_uri',
    type: String,
    description: 'Exactly as registered; loopback IPs on any port',
    example: 'http://127.0.0.1:3000/docs/oauth2-redirect.html',
  })
  @ApiQuery({
    name: 'scope',
    required: false,
    type: String,
    description: "Space-separated scopes; the client's default scopes when absent",
    example: 'profile:read wallet:read',
  })
  @ApiQuery({
    name: 'state',
    required: false,
    type: String,
    description: 'Sent back unchanged with the code or the error',
    example: 'xyz',
  })
  @ApiQuery({
    name: 'code_challenge',
    required: false,
    type: String,
    description: 'PKCE (RFC 7636): BASE64URL(SHA-256(code_verifier)); required for public clients',
    example: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
  })
  @ApiQuery({ name: 'code_challenge_method', required: false, enum: ['S256'] })
  @ApiOkResponse({ description: 'The login page', content: HTML_PAGE })
  @ApiFoundResponse({
    description:
      'Redirect to redirect_uri with error, error_description, state and iss, for errors other than those of the client and redirect_uri',
    headers: {
      Location: {
        description: 'redirect_uri with the error parameters added to its query',
        schema: { type: 'string' },
      },
    },
  })
  @ApiBadRequestResponse({
    description:
      'Error page, never a redirect: client_id is missing or unknown, or redirect_uri is missing or not registered for the client',
    content: HTML_PAGE,
  })
  async show(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const response = await this.authorize.start(request.query as RawParams, request.headers.cookie);
    sendAuthorizeResponse(reply, response, request.method);
  }

  @Post()
  @RateLimit('oauth_authorize')
  @ApiExcludeEndpoint()
  async login(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const response = await this.authorize.submitLogin(
      formBody(request),
      request.headers.cookie,
      requestContextOf(request),
    );
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
