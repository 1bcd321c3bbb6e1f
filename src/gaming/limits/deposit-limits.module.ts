import { Module } from '@nestjs/common';

import { UsersModule } from '../../users/users.module';
import { DepositLimitsController } from './deposit-limits.controller';
import { DepositLimitsRepository } from './deposit-limits.repository';
import { DepositLimitsService } from './deposit-limits.service';
import { LossLimitsRepository } from './loss-limits.repository';
import { LossLimitsService } from './loss-limits.service';

/**
 * Responsible-gaming limits. Deposits call DepositLimitsService before crediting; game rounds
 * call LossLimitsService before debiting a bet.
 */
@Module({
  imports: [UsersModule],
  controllers: [DepositLimitsController],
  providers: [
    DepositLimitsRepository,
    DepositLimitsService,
    LossLimitsRepository,
    LossLimitsService,
  ],
  exports: [DepositLimitsService, LossLimitsService],
})
export class DepositLimitsModule {}
