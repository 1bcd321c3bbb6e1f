import { Module } from '@nestjs/common';

import { TransactionsModule } from '../gaming/transactions/transactions.module';
import { UsersModule } from '../users/users.module';
import { BootstrapService } from './bootstrap.service';

@Module({
  imports: [UsersModule, TransactionsModule],
  providers: [BootstrapService],
  exports: [BootstrapService],
})
export class BootstrapModule {}
