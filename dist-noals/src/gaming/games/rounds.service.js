"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.RoundsService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../../brands/brands.service");
const bonus_wagering_service_1 = require("../bonuses/bonus-wagering.service");
const loss_limits_service_1 = require("../limits/loss-limits.service");
const wallet_service_1 = require("../wallet/wallet.service");
const bet_split_1 = require("./bet-split");
const game_session_dto_1 = require("./dto/game-session.dto");
const games_repository_1 = require("./games.repository");
const session_audit_1 = require("./session-audit");
const session_expiry_service_1 = require("./session-expiry.service");
/**
 * Rounds reported by a game provider. A round is claimed by its provider id first, so a repeat
 * waits for the first report and then returns its stored response. The bet is debited in the
 * brand's debit order (real money first by default) after the player's loss limits allow it, and
 * the win credited to real money, all in one transaction.
 */
let RoundsService = class RoundsService {
    repository;
    wallets;
    brands;
    wagering;
    lossLimits;
    expiry;
    sessionAudit;
    constructor(repository, wallets, brands, wagering, 
    // Responsible gaming, session expiry and audit, kept apart from the money moves.
    lossLimits, expiry, sessionAudit) {
        this.repository = repository;
        this.wallets = wallets;
        this.brands = brands;
        this.wagering = wagering;
        this.lossLimits = lossLimits;
        this.expiry = expiry;
        this.sessionAudit = sessionAudit;
    }
    async record(principal, sessionId, dto) {
        const brand = await this.brands.getByCode(principal.brand);
        // Read before the transaction, so that the wallet lock is held for one query less.
        const target = await this.repository.findRoundTarget(brand.id, sessionId);
        if (!target) {
            throw new common_1.NotFoundException(`Game session ${sessionId} was not found in this brand`);
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
            };
            return this.apply(manager, context, dto);
        });
        const result = await transaction.catch((error) => this.afterRejection(principal, session, dto, error));
        return result ?? this.replay(brand.id, provider, dto.round_id, sessionId);
    }
    /** Audits a rejected round and ends a session found idle, once the rollback is done. */
    async afterRejection(principal, session, dto, error) {
        this.sessionAudit.roundRejected(principal, session, dto, error);
        if (error instanceof session_expiry_service_1.IdleGameSessionException) {
            await this.expiry.endIfIdle(session.id);
        }
        throw error;
    }
    async replay(brandId, provider, roundId, sessionId) {
        const stored = await this.repository.findRound(brandId, provider, roundId);
        if (!stored?.response || stored.sessionId !== sessionId) {
            throw new common_1.ConflictException(`Round ${roundId} of this provider was already reported for another game session`);
        }
        return stored.response;
    }
    async apply(manager, context, dto) {
        const locked = context.session;
        this.expiry.assertOpen(locked);
        const lockedWallet = await this.repository.lockWallet(manager, locked.walletId);
        if (!lockedWallet) {
            throw new common_1.NotFoundException(`The wallet of game session ${locked.id} was not found`);
        }
        const { wallet, hasActiveBonus } = lockedWallet;
        await this.lossLimits.assertBetAllowed(manager, locked, BigInt(dto.bet));
        const split = (0, bet_split_1.splitBet)(wallet, BigInt(dto.bet), context.debitOrder);
        const reference = { wallet, referenceType: 'round', referenceId: context.roundRowId };
        if (split.real > 0n) {
            await this.wallets.move({ ...reference, balance: 'real', amount: -split.real, type: 'bet' }, manager);
        }
        if (split.bonus > 0n) {
            await this.wallets.move({ ...reference, balance: 'bonus', amount: -split.bonus, type: 'bet' }, manager);
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
            })
            : 0n;
        const real = BigInt(wallet.realBalance) - split.real + win + converted;
        const bonus = BigInt(wallet.bonusBalance) - split.bonus - converted;
        // The session totals as the statement below leaves them, so the response needs no read back.
        const amountAfter = real + bonus;
        const updated = {
            ...locked,
            bet: (BigInt(locked.bet) + BigInt(dto.bet)).toString(),
            win: (BigInt(locked.win) + BigInt(dto.win)).toString(),
            amountAfter: amountAfter.toString(),
        };
        const body = {
            id: context.roundRowId,
            round_id: dto.round_id,
            session_id: locked.id,
            bet: dto.bet,
            win: dto.win,
            bet_real: Number(split.real),
            bet_bonus: Number(split.bonus),
            real_balance: Number(real),
            bonus_balance: Number(bonus),
            session: game_session_dto_1.GameSessionDto.from(updated, context.gameName),
        };
        const round = { ...dto, sessionId: locked.id, roundRowId: context.roundRowId, amountAfter };
        await this.repository.finishRound(manager, round, body);
        return body;
    }
};
exports.RoundsService = RoundsService;
exports.RoundsService = RoundsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [games_repository_1.GamesRepository,
        wallet_service_1.WalletService,
        brands_service_1.BrandsService,
        bonus_wagering_service_1.BonusWageringService,
        loss_limits_service_1.LossLimitsService,
        session_expiry_service_1.SessionExpiryService,
        session_audit_1.SessionAudit])
], RoundsService);
//# sourceMappingURL=rounds.service.js.map