import { Injectable, NotFoundException } from '@nestjs/common';

import { BrandsService } from '../../brands/brands.service';
import { isUserPrincipal, Principal } from '../../common/auth/principal';
import { BearerError } from '../../common/errors/bearer.errors';
import { Page } from '../../common/pagination/pagination.dto';
import { RequestContext } from '../../common/request-context';
import { Scope } from '../../common/scopes';
import { UsersService } from '../../users/users.service';
import { WalletService } from '../wallet/wallet.service';
import { GameSessionDto } from './dto/game-session.dto';
import { GameSessionEntity } from './game-session.entity';
import { GamesRepository, SessionFilter } from './games.repository';
import { GamesService } from './games.service';
import { SessionAudit } from './session-audit';

/** Players' game sessions: starting, ending and reading them. */
@Injectable()
export class GameSessionsService {
  constructor(
    private readonly repository: GamesRepository,
    private readonly games: GamesService,
    private readonly users: UsersService,
    private readonly wallets: WalletService,
    private readonly brands: BrandsService,
    private readonly sessionAudit: SessionAudit,
  ) {}

  async start(
    principal: Principal,
    gameId: string,
    context: RequestContext,
  ): Promise<GameSessionDto> {
    const user = await this.users.getForPrincipal(principal);
    const game = await this.games.get(principal, gameId);
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const balance = BigInt(wallet.realBalance) + BigInt(wallet.bonusBalance);
    const session = await this.repository.createSession({
      brandId: user.brandId,
      userId: user.id,
      gameId: game.id,
      walletId: wallet.id,
      status: 'active',
      amount: balance.toString(),
      amountAfter: balance.toString(),
      bet: '0',
      win: '0',
      realityCheck: user.realityCheck,
    });
    this.sessionAudit.started(principal, session, context);
    return GameSessionDto.from(session, game.name);
  }

  /**
   * Ends a session: a player token with `game-sessions:write` ends the player's own, a client
   * token with `rounds:write` any session of its brand. Ending an ended session changes nothing.
   */
  async end(principal: Principal, id: string, context: RequestContext): Promise<GameSessionDto> {
    const session = await this.getForEnding(principal, id);
    const ended = await this.repository.endSession(session.id);
    if (ended) {
      this.sessionAudit.ended(principal, ended, context);
    }
    return this.toDto(ended ?? session);
  }

  async getOwn(principal: Principal, id: string): Promise<GameSessionDto> {
    const user = await this.users.getForPrincipal(principal);
    const session = await this.repository.findSession({
      id,
      brandId: user.brandId,
      userId: user.id,
    });
    if (!session) {
      throw new NotFoundException(`Game session ${id} was not found`);
    }
    return this.toDto(session);
  }

  async listOwn(
    principal: Principal,
    filter: SessionFilter,
    page: number,
    perPage: number,
  ): Promise<Page<GameSessionDto>> {
    const user = await this.users.getForPrincipal(principal);
    const [sessions, total] = await this.repository.findSessions(
      user.id,
      filter,
      (page - 1) * perPage,
      perPage,
    );
    const names = await this.repository.gameNames([...new Set(sessions.map((s) => s.gameId))]);
    const data = sessions.map((s) => GameSessionDto.from(s, names.get(s.gameId) ?? ''));
    return { data, page, per_page: perPage, total };
  }

  async toDto(session: GameSessionEntity): Promise<GameSessionDto> {
    const names = await this.repository.gameNames([session.gameId]);
    return GameSessionDto.from(session, names.get(session.gameId) ?? '');
  }

  private async getForEnding(principal: Principal, id: string): Promise<GameSessionEntity> {
    const player = isUserPrincipal(principal);
    const needed = player ? Scope.GameSessionsWrite : Scope.RoundsWrite;
    if (!principal.scopes.has(needed)) {
      throw BearerError.insufficientScope([needed]);
    }
    const brand = await this.brands.getByCode(principal.brand);
    const where = { id, brandId: brand.id, ...(player ? { userId: principal.subject } : {}) };
    const session = await this.repository.findSession(where);
    if (!session) {
      throw new NotFoundException(`Game session ${id} was not found`);
    }
    return session;
  }
}
