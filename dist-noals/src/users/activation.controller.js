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
exports.ActivationController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../common/errors/api-error.dto");
const rate_limit_decorator_1 = require("../common/rate-limit/rate-limit.decorator");
const resend_activation_dto_1 = require("./dto/resend-activation.dto");
const registration_service_1 = require("./registration.service");
const RESEND_ACCEPTED = {
    message: 'If a player of this brand is waiting for activation with this email, a new activation code was sent',
};
let ActivationController = class ActivationController {
    registration;
    constructor(registration) {
        this.registration = registration;
    }
    async resend(dto) {
        await this.registration.resendActivation(dto);
        return RESEND_ACCEPTED;
    }
};
exports.ActivationController = ActivationController;
__decorate([
    (0, common_1.Post)('resend'),
    (0, rate_limit_decorator_1.RateLimit)('activation_resend'),
    (0, common_1.HttpCode)(202),
    (0, swagger_1.ApiOperation)({
        summary: 'Send a pending player a new activation code',
        description: 'Invalidates the older codes. The answer is the same whether or not the email belongs to a pending player, and a player gets at most one new code per ACTIVATION_RESEND_COOLDOWN seconds.',
    }),
    (0, swagger_1.ApiAcceptedResponse)({ type: resend_activation_dto_1.ResendActivationResponseDto }),
    (0, swagger_1.ApiBadRequestResponse)({ description: 'Invalid email or client_id', type: api_error_dto_1.ApiErrorDto }),
    __param(0, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [resend_activation_dto_1.ResendActivationDto]),
    __metadata("design:returntype", Promise)
], ActivationController.prototype, "resend", null);
exports.ActivationController = ActivationController = __decorate([
    (0, swagger_1.ApiTags)('users'),
    (0, common_1.Controller)('users/activation'),
    __metadata("design:paramtypes", [registration_service_1.RegistrationService])
], ActivationController);
//# sourceMappingURL=activation.controller.js.map