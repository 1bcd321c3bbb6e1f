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
exports.AccountSecurityController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../common/auth/scopes.decorator");
const api_error_dto_1 = require("../common/errors/api-error.dto");
const scopes_1 = require("../common/scopes");
const rate_limit_decorator_1 = require("../common/rate-limit/rate-limit.decorator");
const account_security_service_1 = require("./account-security.service");
const change_password_dto_1 = require("./dto/change-password.dto");
const self_exclusion_dto_1 = require("./dto/self-exclusion.dto");
let AccountSecurityController = class AccountSecurityController {
    accountSecurity;
    constructor(accountSecurity) {
        this.accountSecurity = accountSecurity;
    }
    async changePassword(principal, dto) {
        await this.accountSecurity.changePassword(principal, dto);
    }
    selfExclude(principal, dto) {
        return this.accountSecurity.selfExclude(principal, dto.period);
    }
};
exports.AccountSecurityController = AccountSecurityController;
__decorate([
    (0, common_1.Post)('password'),
    (0, rate_limit_decorator_1.RateLimit)('password_change'),
    (0, common_1.HttpCode)(204),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileWrite),
    (0, swagger_1.ApiOperation)({
        summary: "Change the player's password",
        description: 'Ends every other session of the player; the session of this token stays.',
    }),
    (0, swagger_1.ApiNoContentResponse)({ description: 'The password is changed' }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, change_password_dto_1.ChangePasswordDto]),
    __metadata("design:returntype", Promise)
], AccountSecurityController.prototype, "changePassword", null);
__decorate([
    (0, common_1.Post)('self-exclusion'),
    (0, common_1.HttpCode)(200),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.ProfileWrite),
    (0, swagger_1.ApiOperation)({
        summary: 'Self-exclude the player for a period',
        description: 'Ends every session of the player, this one included. Grants fail until the period ends.',
    }),
    (0, swagger_1.ApiOkResponse)({ type: self_exclusion_dto_1.SelfExclusionResponseDto }),
    (0, swagger_1.ApiConflictResponse)({
        description: 'The player is already self-excluded until a later time',
        type: api_error_dto_1.ApiErrorDto,
    }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, self_exclusion_dto_1.SelfExclusionDto]),
    __metadata("design:returntype", Promise)
], AccountSecurityController.prototype, "selfExclude", null);
exports.AccountSecurityController = AccountSecurityController = __decorate([
    (0, swagger_1.ApiTags)('users'),
    (0, common_1.Controller)('users/me'),
    __metadata("design:paramtypes", [account_security_service_1.AccountSecurityService])
], AccountSecurityController);
//# sourceMappingURL=account-security.controller.js.map