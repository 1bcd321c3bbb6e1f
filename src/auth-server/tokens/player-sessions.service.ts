import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { RequestContext } from '../../common/request-context';
import { SessionResponseDto } from './dto/session-response.dto';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/** A player's own view of their sessions: list them and end them. */
@Injectable()
export class PlayerSessionsService {
  constructor(
    private readonly repository: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly brands: BrandsService,
  ) {}

  async list(principal: Principal): Promise<SessionResponseDto[]> {
    const sessionId = requireSessionId(principal);
    const brand = await this.brands.getByCode(principal.brand);
    const rows = await this.repository.findActiveOfUser(brand.id, principal.subject);
    return rows.map((row) => SessionResponseDto.from(row, sessionId));
  }

  /**
   * Ends one of the player's sessions. Throws NotFoundException unless the id is an unrevoked
   * session of the player.
   */
  async end(principal: Principal, sessionId: string, context: RequestContext): Promise<void> {
    requireSessionId(principal);
    const brand = await this.brands.getByCode(principal.brand);
    const session = await this.repository.findUnrevokedOfUser(
      brand.id,
      principal.subject,
      sessionId,
    );
    if (!session) {
      throw new NotFoundException(`Session ${sessionId} was not found among your active sessions`);
    }
    await this.sessions.revoke(session, 'logout', context, principal.clientId);
  }

  /** Ends the session of the access token that made the request. */
  async endCurrent(principal: Principal, context: RequestContext): Promise<void> {
    const sessionId = requireSessionId(principal);
    const brand = await this.brands.getByCode(principal.brand);
    await this.sessions.revoke(
      { id: sessionId, userId: principal.subject, brandId: brand.id },
      'logout',
      context,
      principal.clientId,
    );
  }
}

function requireSessionId(principal: Principal): string {
  if (principal.sessionId === undefined) {
    throw new ForbiddenException("This route needs a player's access token");
  }
  return principal.sessionId;
}
