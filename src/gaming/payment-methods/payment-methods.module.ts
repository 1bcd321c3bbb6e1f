import { Module } from '@nestjs/common';

import { PAYMENT_PROVIDERS } from '../transactions/providers/payment-provider';
import { SandboxPaymentProvider } from '../transactions/providers/sandbox-payment-provider';
import { PaymentMethodsController, PaymentMethodsReadGuard } from './payment-methods.controller';
import { PaymentMethodsRepository } from './payment-methods.repository';
import { PaymentMethodsService } from './payment-methods.service';

/** The payment methods of each brand and the providers that serve them. */
@Module({
  controllers: [PaymentMethodsController],
  providers: [
    { provide: PAYMENT_PROVIDERS, useValue: [new SandboxPaymentProvider()] },
    PaymentMethodsReadGuard,
    PaymentMethodsRepository,
    PaymentMethodsService,
  ],
  exports: [PaymentMethodsRepository, PaymentMethodsService],
})
export class PaymentMethodsModule {}
