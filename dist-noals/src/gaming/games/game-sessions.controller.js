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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GameSessionsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const game_session_dto_1 = require("./dto/game-session.dto");
const game_sessions_service_1 = require("./game-sessions.service");
const player_or_provider_decorator_1 = require("./player-or-provider.decorator");
const rounds_service_1 = require("./rounds.service");
const NOT_FOUND = { description: 'No such game session in this brand', type: api_error_dto_1.ApiErrorDto };
/** Game sessions: players start and read their own, game providers report rounds. */
let GameSessionsController = class GameSessionsController {
    sessions;
    rounds;
    constructor(sessions, rounds) {
        this.sessions = sessions;
        this.rounds = rounds;
    }
    start(principal, dto) {
        return this.sessions.start(principal, dto.game_id);
    }
    list(principal, query) {
        const filter = { gameId: query.game_id, from: query.from, to: query.to };
        return this.sessions.listOwn(principal, filter, query.page, query.per_page);
    }
    get(principal, id) {
        return this.sessions.getOwn(principal, id);
    }
    end(principal, id, _dto) {
        return this.sessions.end(principal, id);
    }
    record(principal, id, dto) {
        return this.rounds.record(principal, id, dto);
    }
};
exports.GameSessionsController = GameSessionsController;
__decorate([
    (0, common_1.Post)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.GameSessionsWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Start a game session' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such game in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 201, type: require("./dto/game-session.dto").GameSessionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, game_session_dto_1.StartGameSessionDto]),
    __metadata("design:returntype", Promise)
], GameSessionsController.prototype, "start", null);
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.GameSessionsRead),
    (0, swagger_1.ApiOperation)({ summary: "List the player's game sessions, newest first" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/game-session.dto").GameSessionPageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, game_session_dto_1.GameSessionQueryDto]),
    __metadata("design:returntype", Promise)
], GameSessionsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.GameSessionsRead),
    (0, swagger_1.ApiOperation)({ summary: "Read one of the player's game sessions" }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    openapi.ApiResponse({ status: 200, type: require("./dto/game-session.dto").GameSessionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], GameSessionsController.prototype, "get", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, player_or_provider_decorator_1.PlayerOrProviderScopes)(),
    (0, swagger_1.ApiOperation)({
        summary: 'End a game session',
        description: 'A player token needs game-sessions:write and ends its own session; a game provider token ' +
            'needs rounds:write and ends any session of its brand. Ending an ended session changes ' +
            'nothing.',
    }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    openapi.ApiResponse({ status: 200, type: require("./dto/game-session.dto").GameSessionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, game_session_dto_1.EndGameSessionDto]),
    __metadata("design:returntype", Promise)
], GameSessionsController.prototype, "end", null);
__decorate([
    (0, common_1.Post)(':id/rounds'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.RoundsWrite),
    (0, swagger_1.ApiOperation)({
        summary: 'Report a game round (game provider)',
        description: "Debits the bet in the brand's debit order (real money first unless the brand chose " +
            'bonus_first) and credits the win to real money in one transaction. A repeated round_id ' +
            'returns the first answer and moves nothing.',
    }),
    (0, swagger_1.ApiConflictResponse)({
        description: 'The game session has ended, or had no round for longer than the idle time',
        type: api_error_dto_1.ApiErrorDto,
    }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    (0, swagger_1.ApiUnprocessableEntityResponse)({
        description: 'insufficient_funds: the bet is larger than the real plus bonus balance; ' +
            "loss_limit_exceeded: the bet would take the player's net loss past a loss limit",
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 201, type: require("./dto/game-session.dto").RoundResultDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, game_session_dto_1.RecordRoundDto]),
    __metadata("design:returntype", Promise)
], GameSessionsController.prototype, "record", null);
exports.GameSessionsController = GameSessionsController = __decorate([
    (0, swagger_1.ApiTags)('game-sessions'),
    (0, common_1.Controller)('game-sessions'),
    __metadata("design:paramtypes", [game_sessions_service_1.GameSessionsService,
        rounds_service_1.RoundsService])
], GameSessionsController);
//# sourceMappingURL=game-sessions.controller.js.map