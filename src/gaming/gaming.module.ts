import { Module } from '@nestjs/common';

import { WalletModule } from './wallet/wallet.module';

/** The gaming resources: wallets so far; payment transactions, bonuses and game sessions next. */
@Module({
  imports: [WalletModule],
})
export class GamingModule {}
