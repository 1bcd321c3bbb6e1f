import { Module } from '@nestjs/common';

import { BonusesModule } from './bonuses/bonuses.module';
import { GamesModule } from './games/games.module';
import { DepositLimitsModule } from './limits/deposit-limits.module';
import { PaymentMethodsModule } from './payment-methods/payment-methods.module';
import { TransactionsModule } from './transactions/transactions.module';
import { WalletModule } from './wallet/wallet.module';

/** The gaming resources: wallets, payment transactions, games and game sessions, bonuses. */
@Module({
  imports: [
    WalletModule,
    DepositLimitsModule,
    PaymentMethodsModule,
    TransactionsModule,
    GamesModule,
    BonusesModule,
  ],
})
export class GamingModule {}
