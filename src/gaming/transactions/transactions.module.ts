import { Module } from '@nestjs/common';

import { PaymentMethodsController } from '../payment-methods/payment-methods.controller';
import { PaymentMethodsReadGuard } from '../payment-methods/payment-methods.controller';
import { PaymentMethodsRepository } from '../payment-methods/payment-methods.repository';
import { PaymentMethodsService } from '../payment-methods/payment-methods.service';
import { WalletModule } from '../wallet/wallet.module';
import { PaymentTransactionsRepository } from './payment-transactions.repository';
import { PAYMENT_PROVIDERS } from './providers/payment-provider';
import { SandboxPaymentProvider } from './providers/sandbox-payment-provider';
import { TransactionStatusService } from './transaction-status.service';
import { TransactionsController } from './transactions.controller';
import { TransactionsService } from './transactions.service';
import { WithdrawalApprovalsService } from './withdrawal-approvals.service';

/** Payment methods, payment providers and the deposits and withdrawals made through them. */
@Module({
  imports: [WalletModule],
  controllers: [PaymentMethodsController, TransactionsController],
  providers: [
    { provide: PAYMENT_PROVIDERS, useValue: [new SandboxPaymentProvider()] },
    PaymentMethodsReadGuard,
    PaymentMethodsRepository,
    PaymentMethodsService,
    PaymentTransactionsRepository,
    TransactionStatusService,
    TransactionsService,
    WithdrawalApprovalsService,
  ],
  exports: [PaymentMethodsRepository],
})
export class TransactionsModule {}
