import { Module } from '@nestjs/common';

import { GamesModule } from '../gaming/games/games.module';
import { PaymentMethodsModule } from '../gaming/payment-methods/payment-methods.module';
import { UsersModule } from '../users/users.module';
import { BootstrapService } from './bootstrap.service';

@Module({
  imports: [UsersModule, PaymentMethodsModule, GamesModule],
  providers: [BootstrapService],
  exports: [BootstrapService],
})
export class BootstrapModule {}
