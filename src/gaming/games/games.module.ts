import { Module } from '@nestjs/common';

import { UsersModule } from '../../users/users.module';
import { BonusesModule } from '../bonuses/bonuses.module';
import { DepositLimitsModule } from '../limits/deposit-limits.module';
import { WalletModule } from '../wallet/wallet.module';
import { GameSessionsController } from './game-sessions.controller';
import { GameSessionsService } from './game-sessions.service';
import { GamesController } from './games.controller';
import { GamesRepository } from './games.repository';
import { GamesService } from './games.service';
import { RoundsRepository } from './rounds.repository';
import { RoundsService } from './rounds.service';
import { SessionAudit } from './session-audit';
import { SessionExpiryRepository } from './session-expiry.repository';
import { SessionExpiryService } from './session-expiry.service';

/** The games catalogue, game sessions and the rounds game providers report. */
@Module({
  imports: [UsersModule, WalletModule, BonusesModule, DepositLimitsModule],
  controllers: [GamesController, GameSessionsController],
  providers: [
    GamesRepository,
    GamesService,
    GameSessionsService,
    RoundsRepository,
    RoundsService,
    SessionAudit,
    SessionExpiryRepository,
    SessionExpiryService,
  ],
  exports: [GamesRepository, GamesService, SessionExpiryService],
})
export class GamesModule {}
