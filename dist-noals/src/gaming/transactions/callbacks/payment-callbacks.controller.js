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
exports.PaymentCallbacksController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../../../common/errors/api-error.dto");
const rate_limit_decorator_1 = require("../../../common/rate-limit/rate-limit.decorator");
const callback_signature_guard_1 = require("./callback-signature.guard");
const payment_callback_dto_1 = require("./payment-callback.dto");
const payment_callbacks_service_1 = require("./payment-callbacks.service");
/** Asynchronous results from payment providers, authenticated by an HMAC signature. */
let PaymentCallbacksController = class PaymentCallbacksController {
    callbacks;
    constructor(callbacks) {
        this.callbacks = callbacks;
    }
    async receive(provider, dto) {
        const { transaction, applied } = await this.callbacks.handle(provider, dto);
        return {
            transaction_id: transaction.id,
            event_id: dto.event_id,
            status: transaction.status,
            applied,
        };
    }
};
exports.PaymentCallbacksController = PaymentCallbacksController;
__decorate([
    (0, common_1.Post)(':provider'),
    (0, common_1.HttpCode)(200),
    (0, common_1.UseGuards)(callback_signature_guard_1.CallbackSignatureGuard)
    // Listed after the signature guard so that it runs first: decorators apply bottom-up.
    ,
    (0, rate_limit_decorator_1.RateLimit)('payment_callbacks'),
    (0, swagger_1.ApiOperation)({ summary: "Apply a payment provider's result for a transaction" }),
    (0, swagger_1.ApiHeader)({
        name: 'X-Signature',
        required: true,
        description: 'sha256=<hex HMAC-SHA256 of "<X-Timestamp>.<raw body>" with the provider secret>',
    }),
    (0, swagger_1.ApiHeader)({ name: 'X-Timestamp', required: true, description: 'Unix time in seconds' }),
    (0, swagger_1.ApiBadRequestResponse)({ description: 'Malformed body', type: api_error_dto_1.ApiErrorDto }),
    (0, swagger_1.ApiUnauthorizedResponse)({
        description: 'invalid_signature: missing or forged signature, or a stale timestamp',
        type: api_error_dto_1.ApiErrorDto,
    }),
    (0, swagger_1.ApiNotFoundResponse)({
        description: 'Unknown provider, provider without callbacks, or no such transaction',
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 200, type: require("./payment-callback.dto").PaymentCallbackResultDto }),
    __param(0, (0, common_1.Param)('provider')),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, payment_callback_dto_1.PaymentCallbackDto]),
    __metadata("design:returntype", Promise)
], PaymentCallbacksController.prototype, "receive", null);
exports.PaymentCallbacksController = PaymentCallbacksController = __decorate([
    (0, swagger_1.ApiTags)('transactions'),
    (0, common_1.Controller)('payments/callbacks'),
    __metadata("design:paramtypes", [payment_callbacks_service_1.PaymentCallbacksService])
], PaymentCallbacksController);
//# sourceMappingURL=payment-callbacks.controller.js.map