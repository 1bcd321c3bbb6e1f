import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ALL_SCOPES } from '../../common/scopes';
import { AppConfig } from '../../config/app-config';
import { GrantRegistry } from '../grants/grant-registry';
import { AuthorizationServerMetadataDto } from './dto/authorization-server-metadata.dto';
import { JwkSetDto } from './dto/jwk-set.dto';
import { PublicJwk, SigningKeysService } from './signing-keys.service';

@ApiTags('oauth')
@Controller('.well-known')
export class WellKnownController {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly grants: GrantRegistry,
    private readonly config: AppConfig,
  ) {}

  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Public keys that verify access tokens (RFC 7517 JWK Set)' })
  @ApiOkResponse({ type: JwkSetDto })
  jwks(): { keys: PublicJwk[] } {
    return { keys: this.keys.publicJwks() };
  }

  @Get('oauth-authorization-server')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Authorization server metadata (RFC 8414)' })
  @ApiOkResponse({ type: AuthorizationServerMetadataDto })
  metadata(): Record<string, unknown> {
    const issuer = this.config.issuer;
    return {
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      grant_types_supported: this.grants.grantTypes(),
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      code_challenge_methods_supported: ['S256'],
      // The authorization response carries `iss` (RFC 9207) against mix-up attacks.
      authorization_response_iss_parameter_supported: true,
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
      revocation_endpoint: `${issuer}/oauth/revoke`,
      revocation_endpoint_auth_methods_supported: [
        'client_secret_basic',
        'client_secret_post',
        'none',
      ],
      // Public clients cannot introspect, so `none` is not offered.
      introspection_endpoint: `${issuer}/oauth/introspect`,
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: ALL_SCOPES,
      service_documentation: `${issuer}/docs`,
    };
  }
}
