import { Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';

import {
  UnauthorizedClientError,
  UnsupportedGrantTypeError,
} from '../../common/errors/oauth.errors';
import { MetricsService } from '../../common/metrics/metrics.service';
import { requestContextOf } from '../../common/request-context';
import { ClientAuthenticator } from '../clients/client-authenticator.service';
import { readClientCredentials } from '../clients/client-credentials';
import { Grant } from '../grants/grant';
import { GrantRegistry } from '../grants/grant-registry';
import { requireParam } from '../grants/params';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { readTokenParams } from './token-params';

/**
 * The token endpoint (RFC 6749 §3.2) as a list of steps: read the parameters, find the grant,
 * authenticate the client, check that the client may use the grant, and let the grant decide.
 */
@Injectable()
export class TokenEndpointService {
  constructor(
    private readonly grants: GrantRegistry,
    private readonly clients: ClientAuthenticator,
    private readonly metrics: MetricsService,
  ) {}

  async exchange(request: FastifyRequest): Promise<TokenResponseDto> {
    const context = requestContextOf(request);
    const params = readTokenParams(request);
    const grant = this.findGrant(requireParam(params, 'grant_type'));
    const client = await this.clients.authenticate(readClientCredentials(request, params), context);

    if (!client.grantTypes.includes(grant.grantType)) {
      throw new UnauthorizedClientError(`This client may not use the ${grant.grantType} grant`);
    }
    const response = await grant.handle({ params, client, context });
    this.metrics.tokenIssued(grant.grantType);
    return response;
  }

  private findGrant(grantType: string): Grant {
    const grant = this.grants.find(grantType);
    if (!grant) {
      throw new UnsupportedGrantTypeError(`Unsupported grant_type: ${grantType.slice(0, 64)}`);
    }
    return grant;
  }
}
