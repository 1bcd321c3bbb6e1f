import { Injectable, Logger } from '@nestjs/common';

import { matchesSha256 } from '../../common/crypto';
import { InvalidClientError } from '../../common/errors/oauth.errors';
import { ClientEntity } from './client.entity';
import { PresentedClient } from './client-credentials';
import { ClientsRepository } from './clients.repository';

/** Checks presented client credentials against the registered client. */
@Injectable()
export class ClientAuthenticator {
  private readonly logger = new Logger(ClientAuthenticator.name);

  constructor(private readonly clients: ClientsRepository) {}

  async authenticate(presented: PresentedClient): Promise<ClientEntity> {
    const client = await this.clients.findByClientId(presented.clientId);
    if (!client) {
      return this.reject(presented, 'unknown client', 'The client is unknown');
    }

    if (client.type === 'public') {
      // An empty secret counts as none: Swagger UI and other tools send `client_id:` in HTTP Basic.
      if (presented.secret !== undefined && presented.secret !== '') {
        return this.reject(
          presented,
          'secret sent by public client',
          'A public client has no secret',
        );
      }
      return client;
    }

    if (presented.secret === undefined || presented.secret === '') {
      return this.reject(
        presented,
        'missing secret',
        'This client must authenticate with its secret',
      );
    }
    if (!client.secretHash || !matchesSha256(presented.secret, client.secretHash)) {
      return this.reject(presented, 'wrong secret', 'The client secret is wrong');
    }
    return client;
  }

  private reject(presented: PresentedClient, reason: string, description: string): never {
    this.logger.warn({ clientId: presented.clientId, reason }, 'Client authentication failed');
    throw new InvalidClientError(description, presented.viaHeader);
  }
}
