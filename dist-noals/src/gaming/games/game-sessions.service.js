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
exports.GameSessionsService = void 0;
const common_1 = require("@nestjs/common");
const brands_service_1 = require("../../brands/brands.service");
const principal_1 = require("../../common/auth/principal");
const bearer_errors_1 = require("../../common/errors/bearer.errors");
const scopes_1 = require("../../common/scopes");
const users_service_1 = require("../../users/users.service");
const wallet_service_1 = require("../wallet/wallet.service");
const game_session_dto_1 = require("./dto/game-session.dto");
const games_repository_1 = require("./games.repository");
const games_service_1 = require("./games.service");
const session_audit_1 = require("./session-audit");
/** Players' game sessions: starting, ending and reading them. */
let GameSessionsService = class GameSessionsService {
    repository;
    games;
    users;
    wallets;
    brands;
    sessionAudit;
    constructor(repository, games, users, wallets, brands, sessionAudit) {
        this.repository = repository;
        this.games = games;
        this.users = users;
        this.wallets = wallets;
        this.brands = brands;
        this.sessionAudit = sessionAudit;
    }
    async start(principal, gameId) {
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
        this.sessionAudit.started(principal, session);
        return game_session_dto_1.GameSessionDto.from(session, game.name);
    }
    /**
     * Ends a session: a player token with `game-sessions:write` ends the player's own, a client
     * token with `rounds:write` any session of its brand. Ending an ended session changes nothing.
     */
    async end(principal, id) {
        const session = await this.getForEnding(principal, id);
        const ended = await this.repository.endSession(session.id);
        if (ended) {
            this.sessionAudit.ended(principal, ended);
        }
        return this.toDto(ended ?? session);
    }
    async getOwn(principal, id) {
        const user = await this.users.getForPrincipal(principal);
        const session = await this.repository.findSession({
            id,
            brandId: user.brandId,
            userId: user.id,
        });
        if (!session) {
            throw new common_1.NotFoundException(`Game session ${id} was not found`);
        }
        return this.toDto(session);
    }
    async listOwn(principal, filter, page, perPage) {
        const user = await this.users.getForPrincipal(principal);
        const [sessions, total] = await this.repository.findSessions(user.id, filter, (page - 1) * perPage, perPage);
        const names = await this.repository.gameNames([...new Set(sessions.map((s) => s.gameId))]);
        const data = sessions.map((s) => game_session_dto_1.GameSessionDto.from(s, names.get(s.gameId) ?? ''));
        return { data, page, per_page: perPage, total };
    }
    async toDto(session) {
        const names = await this.repository.gameNames([session.gameId]);
        return game_session_dto_1.GameSessionDto.from(session, names.get(session.gameId) ?? '');
    }
    async getForEnding(principal, id) {
        const player = (0, principal_1.isUserPrincipal)(principal);
        const needed = player ? scopes_1.Scope.GameSessionsWrite : scopes_1.Scope.RoundsWrite;
        if (!principal.scopes.has(needed)) {
            throw bearer_errors_1.BearerError.insufficientScope([needed]);
        }
        const brand = await this.brands.getByCode(principal.brand);
        const where = { id, brandId: brand.id, ...(player ? { userId: principal.subject } : {}) };
        const session = await this.repository.findSession(where);
        if (!session) {
            throw new common_1.NotFoundException(`Game session ${id} was not found`);
        }
        return session;
    }
};
exports.GameSessionsService = GameSessionsService;
exports.GameSessionsService = GameSessionsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [games_repository_1.GamesRepository,
        games_service_1.GamesService,
        users_service_1.UsersService,
        wallet_service_1.WalletService,
        brands_service_1.BrandsService,
        session_audit_1.SessionAudit])
], GameSessionsService);
//# sourceMappingURL=game-sessions.service.js.map