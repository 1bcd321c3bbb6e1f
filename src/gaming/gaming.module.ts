import { Module } from '@nestjs/common';

import { GamesModule } from './games/games.module';
import { DepositLimitsModule } from './limits/deposit-limits.module';
import { PaymentMethodsModule } from './payment-methods/payment-methods.module';
import { TransactionsModule } from './transactions/transactions.module';
import { WalletModule } from './wallet/wallet.module';

/** The gaming resources: wallets and payment transactions so far; bonuses and game sessions next. */
@Module({
  imports: [
    WalletModule,
    DepositLimitsModule,
    PaymentMethodsModule,
    TransactionsModule,
    GamesModule,
  ],
})
export class GamingModule {}
