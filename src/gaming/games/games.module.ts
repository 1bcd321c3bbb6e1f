import { Module } from '@nestjs/common';

import { UsersModule } from '../../users/users.module';
import { BonusesModule } from '../bonuses/bonuses.module';
import { WalletModule } from '../wallet/wallet.module';
import { GameSessionsController } from './game-sessions.controller';
import { GameSessionsService } from './game-sessions.service';
import { GamesController } from './games.controller';
import { GamesRepository } from './games.repository';
import { GamesService } from './games.service';
import { RoundsService } from './rounds.service';

/** The games catalogue, game sessions and the rounds game providers report. */
@Module({
  imports: [UsersModule, WalletModule, BonusesModule],
  controllers: [GamesController, GameSessionsController],
  providers: [GamesRepository, GamesService, GameSessionsService, RoundsService],
  exports: [GamesRepository, GamesService],
})
export class GamesModule {}
