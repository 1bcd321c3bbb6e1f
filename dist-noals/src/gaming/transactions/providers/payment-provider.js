"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PAYMENT_PROVIDERS = void 0;
/** Nest injection token of the list of every PaymentProvider. */
exports.PAYMENT_PROVIDERS = Symbol('PAYMENT_PROVIDERS');
//# sourceMappingURL=payment-provider.js.map