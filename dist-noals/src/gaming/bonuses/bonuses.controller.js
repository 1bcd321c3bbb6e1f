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
exports.BonusesController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const bonuses_service_1 = require("./bonuses.service");
const bonus_dto_1 = require("./dto/bonus.dto");
const NOT_FOUND = { description: 'No such bonus of this player', type: api_error_dto_1.ApiErrorDto };
/** The calling player's bonuses. */
let BonusesController = class BonusesController {
    bonuses;
    constructor(bonuses) {
        this.bonuses = bonuses;
    }
    list(principal, query) {
        return this.bonuses.list(principal, query);
    }
    claim(principal, id) {
        return this.bonuses.claim(principal, id);
    }
    forfeit(principal, id) {
        return this.bonuses.forfeit(principal, id);
    }
};
exports.BonusesController = BonusesController;
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesRead),
    (0, swagger_1.ApiOperation)({
        summary: "List the player's bonuses, newest first",
        description: 'Every open offer of the brand (active, inside its validity window) is available to each ' +
            'player once.',
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/bonus.dto").BonusPageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, bonus_dto_1.BonusQueryDto]),
    __metadata("design:returntype", Promise)
], BonusesController.prototype, "list", null);
__decorate([
    (0, common_1.Post)(':id/claim'),
    (0, common_1.HttpCode)(200),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesClaim),
    (0, swagger_1.ApiOperation)({
        summary: 'Claim an available manual bonus',
        description: 'Credits the bonus amount to the bonus balance; the wagering time starts now.',
    }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    (0, swagger_1.ApiConflictResponse)({
        description: 'bonus_not_available: not available any more; active_bonus_limit: too many active',
        type: api_error_dto_1.ApiErrorDto,
    }),
    (0, swagger_1.ApiUnprocessableEntityResponse)({
        description: 'bonus_expired, bonus_unavailable: the offer is closed; deposit_bonus',
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/bonus.dto").BonusDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], BonusesController.prototype, "claim", null);
__decorate([
    (0, common_1.Post)(':id/forfeit'),
    (0, common_1.HttpCode)(200),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.BonusesClaim),
    (0, swagger_1.ApiOperation)({
        summary: 'Forfeit an active bonus',
        description: 'Removes the remaining bonus money from the bonus balance.',
    }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    (0, swagger_1.ApiConflictResponse)({ description: 'bonus_not_active', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/bonus.dto").BonusDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], BonusesController.prototype, "forfeit", null);
exports.BonusesController = BonusesController = __decorate([
    (0, swagger_1.ApiTags)('bonuses'),
    (0, common_1.Controller)('bonuses'),
    __metadata("design:paramtypes", [bonuses_service_1.BonusesService])
], BonusesController);
//# sourceMappingURL=bonuses.controller.js.map