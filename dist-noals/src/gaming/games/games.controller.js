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
exports.GamesController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const game_dto_1 = require("./dto/game.dto");
const games_service_1 = require("./games.service");
/** The games catalogue of the caller's brand. */
let GamesController = class GamesController {
    games;
    constructor(games) {
        this.games = games;
    }
    async create(principal, dto) {
        return game_dto_1.GameDto.from(await this.games.create(principal, dto));
    }
    list(principal, query) {
        return this.games.list(principal, query.page, query.per_page);
    }
    async update(principal, id, dto) {
        return game_dto_1.GameDto.from(await this.games.update(principal, id, dto));
    }
};
exports.GamesController = GamesController;
__decorate([
    (0, common_1.Post)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.GamesWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Add a game to the catalogue' }),
    openapi.ApiResponse({ status: 201, type: require("./dto/game.dto").GameDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, game_dto_1.CreateGameDto]),
    __metadata("design:returntype", Promise)
], GamesController.prototype, "create", null);
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(),
    (0, swagger_1.ApiOperation)({
        summary: "List the brand's games",
        description: 'Open to any access token of the brand, whatever its scopes.',
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/game.dto").GamePageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, game_dto_1.GameQueryDto]),
    __metadata("design:returntype", Promise)
], GamesController.prototype, "list", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.GamesWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Change a game; its provider stays as created' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such game in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/game.dto").GameDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, game_dto_1.UpdateGameDto]),
    __metadata("design:returntype", Promise)
], GamesController.prototype, "update", null);
exports.GamesController = GamesController = __decorate([
    (0, swagger_1.ApiTags)('games'),
    (0, common_1.Controller)('games'),
    __metadata("design:paramtypes", [games_service_1.GamesService])
], GamesController);
//# sourceMappingURL=games.controller.js.map