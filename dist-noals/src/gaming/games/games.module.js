"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GamesModule = void 0;
const common_1 = require("@nestjs/common");
const users_module_1 = require("../../users/users.module");
const bonuses_module_1 = require("../bonuses/bonuses.module");
const deposit_limits_module_1 = require("../limits/deposit-limits.module");
const wallet_module_1 = require("../wallet/wallet.module");
const game_sessions_controller_1 = require("./game-sessions.controller");
const game_sessions_service_1 = require("./game-sessions.service");
const games_controller_1 = require("./games.controller");
const games_repository_1 = require("./games.repository");
const games_service_1 = require("./games.service");
const rounds_service_1 = require("./rounds.service");
const session_audit_1 = require("./session-audit");
const session_expiry_repository_1 = require("./session-expiry.repository");
const session_expiry_service_1 = require("./session-expiry.service");
/** The games catalogue, game sessions and the rounds game providers report. */
let GamesModule = class GamesModule {
};
exports.GamesModule = GamesModule;
exports.GamesModule = GamesModule = __decorate([
    (0, common_1.Module)({
        imports: [users_module_1.UsersModule, wallet_module_1.WalletModule, bonuses_module_1.BonusesModule, deposit_limits_module_1.DepositLimitsModule],
        controllers: [games_controller_1.GamesController, game_sessions_controller_1.GameSessionsController],
        providers: [
            games_repository_1.GamesRepository,
            games_service_1.GamesService,
            game_sessions_service_1.GameSessionsService,
            rounds_service_1.RoundsService,
            session_audit_1.SessionAudit,
            session_expiry_repository_1.SessionExpiryRepository,
            session_expiry_service_1.SessionExpiryService,
        ],
        exports: [games_repository_1.GamesRepository, games_service_1.GamesService, session_expiry_service_1.SessionExpiryService],
    })
], GamesModule);
//# sourceMappingURL=games.module.js.map