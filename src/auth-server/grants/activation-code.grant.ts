import { Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { InvalidGrantError } from '../../common/errors/oauth.errors';
import { ActivationService } from '../../users/activation/activation.service';
import { TokenResponseDto } from '../tokens/dto/token-response.dto';
import { SessionsService } from '../tokens/sessions.service';
import { TokenIssuer } from '../tokens/token-issuer.service';
import { Grant, TokenRequest } from './grant';
import { requireParam } from './params';
import { playerScopes, resolveScope } from './scope';

/**
 * Activation code grant (an extension grant, RFC 6749 §4.5). A brand's app trades the code that
 * registration sent to a new player for the player's activation and a first session. The response
 * is the same as the password grant's: tokens and `identity`.
 */
@Injectable()
export class ActivationCodeGrant implements Grant {
  readonly grantType = 'activation_code';

  constructor(
    private readonly activation: ActivationService,
    private readonly sessions: SessionsService,
    private readonly issuer: TokenIssuer,
    private readonly audit: AuditService,
  ) {}

  async handle({ params, client, context }: TokenRequest): Promise<TokenResponseDto> {
    const code = requireParam(params, 'code');
    const scope = resolveScope(
      params.scope,
      playerScopes(client.scopes),
      playerScopes(client.defaultScopes),
    );

    const user = await this.activation.redeem(client, code, context);
    if (!user) {
      this.audit.record('login_failed', {
        request: context,
        brandId: client.brandId,
        clientId: client.clientId,
        details: { reason: 'invalid_activation_code' },
      });
      throw new InvalidGrantError('The activation code is invalid, expired or already used');
    }

    const session = await this.sessions.startAtLogin(user, client, scope, context);
    return this.issuer.forUser({ user, client, scope, ...session }, this.grantType, context);
  }
}
