import { Injectable } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { matchesSha256 } from '../../common/crypto';
import { InvalidClientError } from '../../common/errors/oauth.errors';
import { RequestContext } from '../../common/request-context';
import { LockoutService } from '../lockout/lockout.service';
import { ClientEntity } from './client.entity';
import { PresentedClient } from './client-credentials';
import { ClientCache } from './client-cache.service';

/** Checks presented client credentials against the registered client. */
@Injectable()
export class ClientAuthenticator {
  constructor(
    private readonly clients: ClientCache,
    private readonly audit: AuditService,
    private readonly lockout: LockoutService,
  ) {}

  async authenticate(presented: PresentedClient, context: RequestContext): Promise<ClientEntity> {
    const client = await this.clients.find(presented.clientId);
    if (!client) {
      return this.reject(presented, context, null, 'unknown_client', 'The client is unknown');
    }

    if (client.type === 'public') {
      // An empty secret counts as none: Swagger UI and other tools send `client_id:` in HTTP Basic.
      if (presented.secret !== undefined && presented.secret !== '') {
        return this.reject(
          presented,
          context,
          client,
          'secret_sent_by_public_client',
          'A public client has no secret',
        );
      }
      return client;
    }

    if (presented.secret === undefined || presented.secret === '') {
      return this.reject(
        presented,
        context,
        client,
        'missing_secret',
        'This client must authenticate with its secret',
      );
    }
    const lockDescription = await this.lockout.clientLockDescription(client.clientId);
    if (lockDescription) {
      return this.reject(presented, context, client, 'client_locked', lockDescription);
    }
    if (!client.secretHash || !matchesSha256(presented.secret, client.secretHash)) {
      await this.lockout.recordClientFailure(client.clientId);
      return this.reject(presented, context, client, 'wrong_secret', 'The client secret is wrong');
    }
    return client;
  }

  private reject(
    presented: PresentedClient,
    context: RequestContext,
    client: ClientEntity | null,
    reason: string,
    description: string,
  ): never {
    this.audit.record('client_authentication_failed', {
      request: context,
      brandId: client?.brandId,
      clientId: client?.clientId,
      details: {
        reason,
        presented_client_id: client ? undefined : presented.clientId.slice(0, 64),
      },
    });
    throw new InvalidClientError(description, presented.viaHeader);
  }
}
