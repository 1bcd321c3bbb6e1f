import { Module } from '@nestjs/common';

import { DepositLimitsModule } from './limits/deposit-limits.module';
import { WalletModule } from './wallet/wallet.module';

/** The gaming resources: wallets so far; payment transactions, bonuses and game sessions next. */
@Module({
  imports: [WalletModule, DepositLimitsModule],
})
export class GamingModule {}
