"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.PaymentMethodsModule = void 0;
const common_1 = require("@nestjs/common");
const payment_provider_1 = require("../transactions/providers/payment-provider");
const sandbox_payment_provider_1 = require("../transactions/providers/sandbox-payment-provider");
const payment_methods_controller_1 = require("./payment-methods.controller");
const payment_methods_repository_1 = require("./payment-methods.repository");
const payment_methods_service_1 = require("./payment-methods.service");
/** The payment methods of each brand and the providers that serve them. */
let PaymentMethodsModule = class PaymentMethodsModule {
};
exports.PaymentMethodsModule = PaymentMethodsModule;
exports.PaymentMethodsModule = PaymentMethodsModule = __decorate([
    (0, common_1.Module)({
        controllers: [payment_methods_controller_1.PaymentMethodsController],
        providers: [
            { provide: payment_provider_1.PAYMENT_PROVIDERS, useValue: [new sandbox_payment_provider_1.SandboxPaymentProvider()] },
            payment_methods_controller_1.PaymentMethodsReadGuard,
            payment_methods_repository_1.PaymentMethodsRepository,
            payment_methods_service_1.PaymentMethodsService,
        ],
        exports: [payment_methods_repository_1.PaymentMethodsRepository, payment_methods_service_1.PaymentMethodsService],
    })
], PaymentMethodsModule);
//# sourceMappingURL=payment-methods.module.js.map