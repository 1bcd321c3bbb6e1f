import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { ApiException } from '../../common/errors/api.exception';
import { BonusWageringService } from '../bonuses/bonus-wagering.service';
import { WalletEntity } from '../wallet/wallet.entity';
import { WalletService } from '../wallet/wallet.service';
import { GameSessionDto, RecordRoundDto, RoundResultDto } from './dto/game-session.dto';
import { GameSessionEntity } from './game-session.entity';
import { GamesRepository } from './games.repository';

interface RoundContext {
  session: GameSessionEntity;
  roundRowId: string;
  gameName: string;
}

/**
 * Rounds reported by a game provider. A round is claimed by its provider id first, so a repeat
 * waits for the first report and then returns its stored response. The bet is debited from real money
 * first, then bonus money, and the win credited to real money, all in one transaction.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly repository: GamesRepository,
    private readonly wallets: WalletService,
    private readonly brands: BrandsService,
    private readonly wagering: BonusWageringService,
  ) {}

  async record(principal: Principal, sessionId: string, dto: RecordRoundDto): Promise<object> {
    const brand = await this.brands.getByCode(principal.brand);
    const session = await this.repository.findSession({ id: sessionId, brandId: brand.id });
    if (!session) {
      throw new NotFoundException(`Game session ${sessionId} was not found in this brand`);
    }
    const game = await this.repository.findGame(brand.id, session.gameId);
    const provider = game?.provider ?? '';
    const claim = { ...dto, brandId: brand.id, provider, roundId: dto.round_id, sessionId };

    const result = await this.repository.transaction(async (manager) => {
      const roundRowId = await this.repository.claimRound(manager, claim);
      if (!roundRowId) {
        return null;
      }
      const context = { session, roundRowId, gameName: game?.name ?? '' };
      const body = await this.apply(manager, context, dto);
      await this.repository.saveRoundResponse(manager, roundRowId, body);
      return body;
    });
    return result ?? this.replay(brand.id, provider, dto.round_id, sessionId);
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
    const locked = await this.repository.lockSession(manager, context.session.id);
    if (!locked || locked.status !== 'active') {
      throw new ConflictException(`Game session ${context.session.id} has ended`);
    }
    const wallet = await this.repository.lockWallet(manager, locked.walletId);
    if (!wallet) {
      throw new NotFoundException(`The wallet of game session ${locked.id} was not found`);
    }
    const split = this.splitBet(wallet, BigInt(dto.bet));
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
    await this.wagering.recordBet(manager, {
      wallet,
      gameId: locked.gameId,
      roundRowId: context.roundRowId,
      amount: BigInt(dto.bet),
    });
    const real = BigInt(wallet.realBalance) - split.real + win;
    const bonus = BigInt(wallet.bonusBalance) - split.bonus;
    const updated = await this.repository.addRoundTotals(manager, locked.id, {
      bet: dto.bet,
      win: dto.win,
      amountAfter: real + bonus,
    });
    return {
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
  }

  /** Takes the bet from real money first, the rest from bonus money; 422 when both fall short. */
  private splitBet(wallet: WalletEntity, bet: bigint): { real: bigint; bonus: bigint } {
    const real = BigInt(wallet.realBalance);
    const bonus = BigInt(wallet.bonusBalance);
    if (real + bonus < bet) {
      throw new ApiException(
        422,
        'insufficient_funds',
        `The bet of ${bet} minor units is larger than the balance of ${real + bonus}`,
      );
    }
    const fromReal = bet < real ? bet : real;
    return { real: fromReal, bonus: bet - fromReal };
  }
}
