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
exports.ConsentsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const consents_service_1 = require("./consents.service");
const consent_response_dto_1 = require("./dto/consent-response.dto");
/** The player's consents to third-party clients. */
let ConsentsController = class ConsentsController {
    consents;
    constructor(consents) {
        this.consents = consents;
    }
    async list(principal) {
        return (await this.consents.list(principal)).map((row) => consent_response_dto_1.ConsentResponseDto.from(row));
    }
    async withdraw(principal, clientId) {
        await this.consents.withdraw(principal, clientId);
    }
};
exports.ConsentsController = ConsentsController;
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileRead),
    (0, swagger_1.ApiOperation)({ summary: 'List the clients the player allowed to access the account' }),
    (0, swagger_1.ApiOkResponse)({ type: consent_response_dto_1.ConsentResponseDto, isArray: true }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], ConsentsController.prototype, "list", null);
__decorate([
    (0, common_1.Delete)(':client_id'),
    (0, common_1.HttpCode)(204),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileWrite),
    (0, swagger_1.ApiOperation)({
        summary: "Withdraw the consent to a client and end the player's sessions with it",
    }),
    (0, swagger_1.ApiNoContentResponse)({ description: 'The consent is withdrawn and the sessions are ended' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'The player gave this client no consent', type: api_error_dto_1.ApiErrorDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('client_id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], ConsentsController.prototype, "withdraw", null);
exports.ConsentsController = ConsentsController = __decorate([
    (0, swagger_1.ApiTags)('users'),
    (0, common_1.Controller)('users/me/consents'),
    __metadata("design:paramtypes", [consents_service_1.ConsentsService])
], ConsentsController);
//# sourceMappingURL=consents.controller.js.map