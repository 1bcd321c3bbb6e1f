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
exports.PlayerSessionsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const session_response_dto_1 = require("./dto/session-response.dto");
const player_sessions_service_1 = require("./player-sessions.service");
/** The player's own sessions, and logout. Every route needs a player's access token. */
let PlayerSessionsController = class PlayerSessionsController {
    sessions;
    constructor(sessions) {
        this.sessions = sessions;
    }
    list(principal) {
        return this.sessions.list(principal);
    }
    async endCurrent(principal) {
        await this.sessions.endCurrent(principal);
    }
    async end(principal, id) {
        await this.sessions.end(principal, id);
    }
    async logout(principal) {
        await this.sessions.endCurrent(principal);
    }
};
exports.PlayerSessionsController = PlayerSessionsController;
__decorate([
    (0, common_1.Get)('users/me/sessions'),
    (0, swagger_1.ApiTags)('users'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileRead),
    (0, swagger_1.ApiOperation)({ summary: "List the player's active sessions, newest first" }),
    (0, swagger_1.ApiOkResponse)({ type: session_response_dto_1.SessionResponseDto, isArray: true }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], PlayerSessionsController.prototype, "list", null);
__decorate([
    (0, common_1.Delete)('users/me/sessions/current'),
    (0, common_1.HttpCode)(204),
    (0, swagger_1.ApiTags)('users'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileWrite),
    (0, swagger_1.ApiOperation)({ summary: 'End the session of this access token (log out)' }),
    (0, swagger_1.ApiNoContentResponse)({ description: 'The session is ended on every instance' }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], PlayerSessionsController.prototype, "endCurrent", null);
__decorate([
    (0, common_1.Delete)('users/me/sessions/:id'),
    (0, common_1.HttpCode)(204),
    (0, swagger_1.ApiTags)('users'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileWrite),
    (0, swagger_1.ApiOperation)({ summary: "End one of the player's sessions" }),
    (0, swagger_1.ApiNoContentResponse)({ description: 'The session is ended on every instance' }),
    (0, swagger_1.ApiNotFoundResponse)({
        description: 'No active session with this id belongs to the player',
        type: api_error_dto_1.ApiErrorDto,
    }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], PlayerSessionsController.prototype, "end", null);
__decorate([
    (0, common_1.Post)('oauth/logout'),
    (0, common_1.HttpCode)(204),
    (0, swagger_1.ApiTags)('oauth'),
    (0, scopes_decorator_1.Scopes)(),
    (0, swagger_1.ApiOperation)({ summary: 'End the session of the bearer access token (log out)' }),
    (0, swagger_1.ApiNoContentResponse)({ description: 'The session is ended on every instance' }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], PlayerSessionsController.prototype, "logout", null);
exports.PlayerSessionsController = PlayerSessionsController = __decorate([
    (0, common_1.Controller)(),
    __metadata("design:paramtypes", [player_sessions_service_1.PlayerSessionsService])
], PlayerSessionsController);
//# sourceMappingURL=player-sessions.controller.js.map