import { Module } from '@nestjs/common';

import { WalletModule } from '../wallet/wallet.module';
import { BonusDepositsService } from './bonus-deposits.service';
import { BonusExpiryService } from './bonus-expiry.service';
import { BonusLifecycleService } from './bonus-lifecycle.service';
import { BonusOffersController } from './bonus-offers.controller';
import { BonusOffersRepository } from './bonus-offers.repository';
import { BonusOffersService } from './bonus-offers.service';
import { BonusWageringService } from './bonus-wagering.service';
import { BonusesController } from './bonuses.controller';
import { BonusesService } from './bonuses.service';
import { PlayerBonusesRepository } from './player-bonuses.repository';

/**
 * Bonus offers of each brand and players' bonuses: claim, deposit trigger, wagering, conversion,
 * forfeit and expiry.
 */
@Module({
  imports: [WalletModule],
  controllers: [BonusOffersController, BonusesController],
  providers: [
    BonusOffersRepository,
    PlayerBonusesRepository,
    BonusOffersService,
    BonusesService,
    BonusLifecycleService,
    BonusDepositsService,
    BonusWageringService,
    BonusExpiryService,
  ],
  exports: [BonusDepositsService, BonusWageringService, BonusExpiryService],
})
export class BonusesModule {}
