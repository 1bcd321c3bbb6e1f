import { Global, Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';

import { BearerAuthGuard } from './bearer-auth.guard';
import { BearerStrategy } from './bearer.strategy';
import { ScopesGuard } from './scopes.guard';

/** Registers the bearer strategy and the guards that the `@Scopes()` decorator applies. */
@Global()
@Module({
  imports: [PassportModule],
  providers: [BearerStrategy, BearerAuthGuard, ScopesGuard],
  exports: [BearerAuthGuard, ScopesGuard],
})
export class BearerAuthModule {}
