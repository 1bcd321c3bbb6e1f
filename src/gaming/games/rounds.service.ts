import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { DebitOrder } from '../../brands/brand-settings';
import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { RequestContext } from '../../common/request-context';
import { BonusWageringService } from '../bonuses/bonus-wagering.service';
import { LossLimitsService } from '../limits/loss-limits.service';
import { WalletService } from '../wallet/wallet.service';
import { splitBet } from './bet-split';
import { GameSessionDto, RecordRoundDto, RoundResultDto } from './dto/game-session.dto';
import { GameSessionEntity } from './game-session.entity';
import { GamesRepository } from './games.repository';
import { SessionAudit } from './session-audit';
import { IdleGameSessionException, SessionExpiryService } from './session-expiry.service';

interface RoundContext {
  /** The session as locked by the round's claim. */
  session: GameSessionEntity;
  roundRowId: string;
  gameName: string;
  debitOrder: DebitOrder;
  request: RequestContext;
}

/**
 * Rounds reported by a game provider. A round is claimed by its provider id first, so a repeat
 * waits for the first report and then returns its stored response. The bet is debited in the
 * brand's debit order (real money first by default) after the player's loss limits allow it, and
 * the win credited to real money, all in one transaction.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly repository: GamesRepository,
    private readonly wallets: WalletService,
    private readonly brands: BrandsService,
    private readonly wagering: BonusWageringService,
    // Responsible gaming, session expiry and audit, kept apart from the money moves.
    private readonly lossLimits: LossLimitsService,
    private readonly expiry: SessionExpiryService,
    private readonly sessionAudit: SessionAudit,
  ) {}

  async record(
    principal: Principal,
    sessionId: string,
    dto: RecordRoundDto,
    request: RequestContext,
  ): Promise<object> {
    const brand = await this.brands.getByCode(principal.brand);
    // Read before the transaction, so that the wallet lock is held for one query less.
    const target = await this.repository.findRoundTarget(brand.id, sessionId);
    if (!target) {
      throw new NotFoundException(`Game session ${sessionId} was not found in this brand`);
    }
    const { session, provider, gameName, debitOrder } = target;
    const claim = { ...dto, brandId: brand.id, provider, roundId: dto.round_id, sessionId };

    const transaction = this.repository.transaction(async (manager) => {
      const claimed = await this.repository.claimRound(manager, claim);
      if (!claimed) {
        return null;
      }
      const context = {
        session: claimed.session,
        roundRowId: claimed.roundRowId,
        gameName,
        debitOrder,
        request,
      };
      return this.apply(manager, context, dto);
    });
    const result = await transaction.catch((error: unknown) =>
      this.afterRejection(principal, session, dto, error, request),
    );
    return result ?? this.replay(brand.id, provider, dto.round_id, sessionId);
  }

  /** Audits a rejected round and ends a session found idle, once the rollback is done. */
  private async afterRejection(
    principal: Principal,
    session: GameSessionEntity,
    dto: RecordRoundDto,
    error: unknown,
    request: RequestContext,
  ): Promise<never> {
    this.sessionAudit.roundRejected(principal, session, dto, error, request);
    if (error instanceof IdleGameSessionException) {
      await this.expiry.endIfIdle(session.id, request);
    }
    throw error;
  }

  private async replay(
    brandId: string,
    provider: string,
    roundId: string,
    sessionId: string,
  ): Promise<object> {
    const stored = await this.repository.findRound(brandId, provider, roundId);
    if (!stored?.response || stored.sessionId !== sessionId) {
      throw new ConflictException(
        `Round ${roundId} of this provider was already reported for another game session`,
      );
    }
    return stored.response;
  }

  private async apply(
    manager: EntityManager,
    context: RoundContext,
    dto: RecordRoundDto,
  ): Promise<RoundResultDto> {
    const locked = context.session;
    this.expiry.assertOpen(locked);
    const lockedWallet = await this.repository.lockWallet(manager, locked.walletId);
    if (!lockedWallet) {
      throw new NotFoundException(`The wallet of game session ${locked.id} was not found`);
    }
    const { wallet, hasActiveBonus } = lockedWallet;
    await this.lossLimits.assertBetAllowed(manager, locked, BigInt(dto.bet));
    const split = splitBet(wallet, BigInt(dto.bet), context.debitOrder);
    const reference = { wallet, referenceType: 'round', referenceId: context.roundRowId };
    if (split.real > 0n) {
      await this.wallets.move(
        { ...reference, balance: 'real', amount: -split.real, type: 'bet' },
        manager,
      );
    }
    if (split.bonus > 0n) {
      await this.wallets.move(
        { ...reference, balance: 'bonus', amount: -split.bonus, type: 'bet' },
        manager,
      );
    }
    const win = BigInt(dto.win);
    if (win > 0n) {
      await this.wallets.move({ ...reference, balance: 'real', amount: win, type: 'win' }, manager);
    }
    // A bet that reaches the wager goal converts the bonus money to real money. Without bonus
    // money or an active bonus there is nothing to wager.
    const wagers = hasActiveBonus || BigInt(wallet.bonusBalance) > 0n;
    const converted = wagers
      ? await this.wagering.recordBet(manager, {
          wallet,
          gameId: locked.gameId,
          roundRowId: context.roundRowId,
          amount: BigInt(dto.bet),
          request: context.request,
        })
      : 0n;
    const real = BigInt(wallet.realBalance) - split.real + win + converted;
    const bonus = BigInt(wallet.bonusBalance) - split.bonus - converted;
    // The session totals as the statement below leaves them, so the response needs no read back.
    const amountAfter = real + bonus;
    const updated: GameSessionEntity = {
      ...locked,
      bet: (BigInt(locked.bet) + BigInt(dto.bet)).toString(),
      win: (BigInt(locked.win) + BigInt(dto.win)).toString(),
      amountAfter: amountAfter.toString(),
    };
    const body: RoundResultDto = {
      id: context.roundRowId,
      round_id: dto.round_id,
      session_id: locked.id,
      bet: dto.bet,
      win: dto.win,
      bet_real: Number(split.real),
      bet_bonus: Number(split.bonus),
      real_balance: Number(real),
      bonus_balance: Number(bonus),
      session: GameSessionDto.from(updated, context.gameName),
    };
    const round = { ...dto, sessionId: locked.id, roundRowId: context.roundRowId, amountAfter };
    await this.repository.finishRound(manager, round, body);
    return body;
  }
}
