import { Module } from '@nestjs/common';

import { BonusesModule } from '../bonuses/bonuses.module';
import { DepositLimitsModule } from '../limits/deposit-limits.module';
import { PaymentMethodsModule } from '../payment-methods/payment-methods.module';
import { WalletModule } from '../wallet/wallet.module';
import { CallbackSignatureGuard } from './callbacks/callback-signature.guard';
import { PaymentCallbacksController } from './callbacks/payment-callbacks.controller';
import { PaymentCallbacksRepository } from './callbacks/payment-callbacks.repository';
import { PaymentCallbacksService } from './callbacks/payment-callbacks.service';
import { PaymentTransactionsRepository } from './payment-transactions.repository';
import { TransactionStatusService } from './transaction-status.service';
import { TransactionsController } from './transactions.controller';
import { TransactionsService } from './transactions.service';
import { WithdrawalApprovalsService } from './withdrawal-approvals.service';

/** Deposits and withdrawals through the payment methods of a brand. */
@Module({
  imports: [WalletModule, PaymentMethodsModule, DepositLimitsModule, BonusesModule],
  controllers: [TransactionsController, PaymentCallbacksController],
  providers: [
    PaymentTransactionsRepository,
    TransactionStatusService,
    TransactionsService,
    WithdrawalApprovalsService,
    PaymentCallbacksRepository,
    PaymentCallbacksService,
    CallbackSignatureGuard,
  ],
})
export class TransactionsModule {}
