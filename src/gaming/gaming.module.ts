import { Module } from '@nestjs/common';

/** Wallets, payment transactions, bonuses and game sessions live here as they are built. */
@Module({})
export class GamingModule {}
