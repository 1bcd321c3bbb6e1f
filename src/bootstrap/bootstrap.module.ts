import { Module } from '@nestjs/common';

import { PaymentMethodsModule } from '../gaming/payment-methods/payment-methods.module';
import { UsersModule } from '../users/users.module';
import { BootstrapService } from './bootstrap.service';

@Module({
  imports: [UsersModule, PaymentMethodsModule],
  providers: [BootstrapService],
  exports: [BootstrapService],
})
export class BootstrapModule {}
