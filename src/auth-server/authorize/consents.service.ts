import { Injectable, NotFoundException } from '@nestjs/common';

import { Principal } from '../../common/auth/principal';
import { RequestContext } from '../../common/request-context';
import { UsersService } from '../../users/users.service';
import { SessionsService } from '../tokens/sessions.service';
import { ConsentsRepository, ConsentRow } from './consents.repository';

/** The consents a player gave to third-party clients at the authorization endpoint. */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly consents: ConsentsRepository,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  async list(principal: Principal): Promise<ConsentRow[]> {
    const user = await this.users.getForPrincipal(principal);
    return this.consents.list(user.id);
  }

  /**
   * Withdraws the consent to a client and ends the player's sessions with that client, so that
   * the client's refresh and access tokens stop working too. The next authorization shows the consent page again.
   */
  async withdraw(principal: Principal, clientId: string, context: RequestContext): Promise<void> {
    const user = await this.users.getForPrincipal(principal);
    const clientRef = await this.consents.delete(user.id, clientId);
    if (!clientRef) {
      throw new NotFoundException(`No consent to client ${clientId} was found`);
    }

    const sessionIds = await this.consents.activeSessionIds(user.id, clientRef);
    for (const id of sessionIds) {
      await this.sessions.revoke(
        { id, userId: user.id, brandId: user.brandId },
        'consent_withdrawn',
        context,
      );
    }
  }
}
