import { Module } from '@nestjs/common';

import { UsersModule } from '../../users/users.module';
import { DepositLimitsController } from './deposit-limits.controller';
import { DepositLimitsRepository } from './deposit-limits.repository';
import { DepositLimitsService } from './deposit-limits.service';

/** Responsible-gaming deposit limits; deposits call DepositLimitsService before crediting. */
@Module({
  imports: [UsersModule],
  controllers: [DepositLimitsController],
  providers: [DepositLimitsRepository, DepositLimitsService],
  exports: [DepositLimitsService],
})
export class DepositLimitsModule {}
