import { Module } from '@nestjs/common';

import { UsersModule } from '../../users/users.module';
import { WalletController } from './wallet.controller';
import { WalletService } from './wallet.service';
import { WalletsAdminController } from './wallets-admin.controller';
import { WalletsRepository } from './wallets.repository';

@Module({
  imports: [UsersModule],
  controllers: [WalletController, WalletsAdminController],
  providers: [WalletsRepository, WalletService],
  exports: [WalletService],
})
export class WalletModule {}
