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
exports.PaymentMethodsController = exports.PaymentMethodsReadGuard = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const bearer_auth_guard_1 = require("../../common/auth/bearer-auth.guard");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const bearer_errors_1 = require("../../common/errors/bearer.errors");
const scopes_1 = require("../../common/scopes");
const payment_method_dto_1 = require("./dto/payment-method.dto");
const payment_methods_service_1 = require("./payment-methods.service");
const LIST_SCOPES = [scopes_1.Scope.TransactionsRead, scopes_1.Scope.PaymentMethodsWrite];
/** Lets a request through when its token carries at least one of LIST_SCOPES. */
let PaymentMethodsReadGuard = class PaymentMethodsReadGuard {
    canActivate(context) {
        const principal = context.switchToHttp().getRequest().user;
        if (!principal) {
            throw bearer_errors_1.BearerError.missing();
        }
        if (!LIST_SCOPES.some((scope) => principal.scopes.has(scope))) {
            throw bearer_errors_1.BearerError.insufficientScope([scopes_1.Scope.TransactionsRead]);
        }
        return true;
    }
};
exports.PaymentMethodsReadGuard = PaymentMethodsReadGuard;
exports.PaymentMethodsReadGuard = PaymentMethodsReadGuard = __decorate([
    (0, common_1.Injectable)()
], PaymentMethodsReadGuard);
/** Serves players (`transactions:read`) and back offices (`payment-methods:write`) alike. */
function PlayerOrBackOfficeScopes() {
    return (0, common_1.applyDecorators)((0, common_1.UseGuards)(bearer_auth_guard_1.BearerAuthGuard, PaymentMethodsReadGuard), (0, swagger_1.ApiBearerAuth)('bearer'), (0, swagger_1.ApiOAuth2)([scopes_1.Scope.TransactionsRead], 'oauth2'), (0, swagger_1.ApiOAuth2)([scopes_1.Scope.PaymentMethodsWrite], 'oauth2'), (0, swagger_1.ApiBadRequestResponse)({
        description: 'Invalid fields, or a malformed request or token placement',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiUnauthorizedResponse)({
        description: 'Missing, invalid, expired or revoked access token (RFC 6750 §3)',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiForbiddenResponse)({
        description: 'The token has neither transactions:read nor payment-methods:write',
        type: api_error_dto_1.ApiErrorDto,
    }));
}
let PaymentMethodsController = class PaymentMethodsController {
    methods;
    constructor(methods) {
        this.methods = methods;
    }
    async list(principal, query) {
        const methods = await this.methods.list(principal, query.type);
        return { data: methods.map((method) => payment_method_dto_1.PaymentMethodDto.from(method)) };
    }
    async create(principal, dto) {
        return payment_method_dto_1.PaymentMethodDto.from(await this.methods.create(principal, dto));
    }
    async update(principal, id, dto) {
        return payment_method_dto_1.PaymentMethodDto.from(await this.methods.update(principal, id, dto));
    }
};
exports.PaymentMethodsController = PaymentMethodsController;
__decorate([
    (0, common_1.Get)(),
    PlayerOrBackOfficeScopes(),
    (0, swagger_1.ApiOperation)({
        summary: "List the brand's payment methods",
        description: 'Players get the enabled methods, and a token with payment-methods:write also gets disabled ones.',
    }),
    openapi.ApiResponse({ status: 200, type: require("./dto/payment-method.dto").PaymentMethodListDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, payment_method_dto_1.PaymentMethodQueryDto]),
    __metadata("design:returntype", Promise)
], PaymentMethodsController.prototype, "list", null);
__decorate([
    (0, common_1.Post)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.PaymentMethodsWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Add a payment method to the brand' }),
    openapi.ApiResponse({ status: 201, type: require("./dto/payment-method.dto").PaymentMethodDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, payment_method_dto_1.CreatePaymentMethodDto]),
    __metadata("design:returntype", Promise)
], PaymentMethodsController.prototype, "create", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.PaymentMethodsWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Change the limits, fee, name or availability of a payment method' }),
    (0, swagger_1.ApiNotFoundResponse)({ description: 'No such method in this brand', type: api_error_dto_1.ApiErrorDto }),
    openapi.ApiResponse({ status: 200, type: require("./dto/payment-method.dto").PaymentMethodDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, payment_method_dto_1.UpdatePaymentMethodDto]),
    __metadata("design:returntype", Promise)
], PaymentMethodsController.prototype, "update", null);
exports.PaymentMethodsController = PaymentMethodsController = __decorate([
    (0, swagger_1.ApiTags)('payment-methods'),
    (0, common_1.Controller)('payment-methods'),
    __metadata("design:paramtypes", [payment_methods_service_1.PaymentMethodsService])
], PaymentMethodsController);
//# sourceMappingURL=payment-methods.controller.js.map