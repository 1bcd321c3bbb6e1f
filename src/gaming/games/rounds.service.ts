import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { RequestContext } from '../../common/request-context';
import { BonusWageringService } from '../bonuses/bonus-wagering.service';
import { LossLimitsService } from '../limits/loss-limits.service';
import { BetSplit, splitBet } from './bet-split';
import { GameSessionDto, RecordRoundDto, RoundResultDto } from './dto/game-session.dto';
import { GameSessionEntity } from './game-session.entity';
import { roundMovements, RoundSettlement } from './round-settlement';
import { ClaimedRound, RoundsRepository } from './rounds.repository';
import { SessionAudit } from './session-audit';
import { IdleGameSessionException, SessionExpiryService } from './session-expiry.service';

/**
 * Rounds reported by a game provider. A round is claimed by its provider id first, so a repeat
 * waits for the first report and then returns its stored response. The bet is debited in the
 * brand's debit order (real money first by default) after the player's loss limits allow it, and
 * the win credited to real money, all in one transaction.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly repository: RoundsRepository,
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
    const claim = { ...dto, brandId: brand.id, roundId: dto.round_id, sessionId };

    let session: GameSessionEntity | undefined;
    const transaction = this.repository.transaction(async (manager) => {
      const claimed = await this.repository.claimRound(manager, claim);
      if (!claimed) {
        return null;
      }
      session = claimed.session;
      return this.apply(manager, claimed, dto, request);
    });
    const result = await transaction.catch((error: unknown) =>
      this.afterRejection(principal, session, dto, error, request),
    );
    return result ?? this.replay(brand.id, sessionId, dto.round_id);
  }

  /** Audits a rejected round and ends a session found idle, once the rollback is done. */
  private async afterRejection(
    principal: Principal,
    session: GameSessionEntity | undefined,
    dto: RecordRoundDto,
    error: unknown,
    request: RequestContext,
  ): Promise<never> {
    if (session) {
      this.sessionAudit.roundRejected(principal, session, dto, error, request);
    }
    if (error instanceof IdleGameSessionException && session) {
      await this.expiry.endIfIdle(session.id, request);
    }
    throw error;
  }

  /** Returns the stored response of a round id that the claim found taken, or why there is none. */
  private async replay(brandId: string, sessionId: string, roundId: string): Promise<object> {
    const stored = await this.repository.findReported(brandId, sessionId, roundId);
    if (!stored) {
      throw new NotFoundException(`Game session ${sessionId} was not found in this brand`);
    }
    if (!stored.response || stored.sessionId !== sessionId) {
      throw new ConflictException(
        `Round ${roundId} of this provider was already reported for another game session`,
      );
    }
    return stored.response;
  }

  private async apply(
    manager: EntityManager,
    claimed: ClaimedRound,
    dto: RecordRoundDto,
    request: RequestContext,
  ): Promise<RoundResultDto> {
    const locked = claimed.session;
    this.expiry.assertOpen(locked);
    const { wallet, hasActiveBonus } = claimed;
    const bet = BigInt(dto.bet);
    const split = await this.checkBet(manager, claimed, bet);
    const before = { real: BigInt(wallet.realBalance), bonus: BigInt(wallet.bonusBalance) };
    const win = BigInt(dto.win);
    const settlement: RoundSettlement = {
      walletId: wallet.id,
      roundRowId: claimed.roundRowId,
      balancesBefore: before,
      movements: roundMovements(before, split, win),
      // The limits were read only when the claim saw a limit row. Otherwise the settlement
      // checks again, now that the wallet lock is held, that there is none.
      unlessLossLimit:
        claimed.hasLossLimit || bet <= 0n
          ? undefined
          : { userId: locked.userId, brandId: locked.brandId },
    };

    // A bet that reaches the wager goal converts the bonus money to real money. Without bonus
    // money or an active bonus there is nothing to wager. Wagering reads the bet's ledger
    // entries, so the movements are written first and the session totals after it.
    const wagers = bet > 0n && (hasActiveBonus || before.bonus > 0n);
    let converted = 0n;
    if (wagers) {
      await this.settle(manager, locked, bet, settlement);
      converted = await this.wagering.recordBet(manager, {
        wallet,
        gameId: locked.gameId,
        roundRowId: claimed.roundRowId,
        amount: bet,
        request,
      });
    }
    const balances = {
      real: before.real - split.real + win + converted,
      bonus: before.bonus - split.bonus - converted,
    };
    const body = roundResult(claimed, dto, split, balances);
    // The body is computed from the locked rows, so the response needs no read back.
    const finish = {
      sessionId: locked.id,
      bet: dto.bet,
      win: dto.win,
      amountAfter: balances.real + balances.bonus,
      response: body,
    };
    if (wagers) {
      await this.repository.settle(manager, {
        ...settlement,
        movements: [],
        unlessLossLimit: undefined,
        finish,
      });
    } else {
      await this.settle(manager, locked, bet, { ...settlement, finish });
    }
    return body;
  }

  /**
   * Checks the player's loss limits when the claim saw a limit row, and splits the bet in the
   * brand's debit order. A loss limit is reported before insufficient funds, so a short balance
   * reads the limits even when the claim saw no row.
   */
  private async checkBet(
    manager: EntityManager,
    claimed: ClaimedRound,
    bet: bigint,
  ): Promise<BetSplit> {
    if (claimed.hasLossLimit) {
      await this.lossLimits.assertBetAllowed(manager, claimed.session, bet);
    }
    try {
      return splitBet(claimed.wallet, bet, claimed.debitOrder);
    } catch (error) {
      if (!claimed.hasLossLimit) {
        await this.lossLimits.assertBetAllowed(manager, claimed.session, bet);
      }
      throw error;
    }
  }

  /**
   * Runs a settlement. When its guard finds a loss limit set while the round waited for the
   * wallet lock, checks the bet against it and settles without the guard.
   */
  private async settle(
    manager: EntityManager,
    session: GameSessionEntity,
    bet: bigint,
    settlement: RoundSettlement,
  ): Promise<void> {
    if (await this.repository.settle(manager, settlement)) {
      return;
    }
    await this.lossLimits.assertBetAllowed(manager, session, bet);
    await this.repository.settle(manager, { ...settlement, unlessLossLimit: undefined });
  }
}

/** Builds a round's response body from the balances and session totals the round leaves. */
function roundResult(
  claimed: ClaimedRound,
  dto: RecordRoundDto,
  split: BetSplit,
  balances: { real: bigint; bonus: bigint },
): RoundResultDto {
  const session = claimed.session;
  const updated: GameSessionEntity = {
    ...session,
    bet: (BigInt(session.bet) + BigInt(dto.bet)).toString(),
    win: (BigInt(session.win) + BigInt(dto.win)).toString(),
    amountAfter: (balances.real + balances.bonus).toString(),
  };
  return {
    id: claimed.roundRowId,
    round_id: dto.round_id,
    session_id: session.id,
    bet: dto.bet,
    win: dto.win,
    bet_real: Number(split.real),
    bet_bonus: Number(split.bonus),
    real_balance: Number(balances.real),
    bonus_balance: Number(balances.bonus),
    session: GameSessionDto.from(updated, claimed.gameName),
  };
}
