import { Global, Module } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { COUNTER_STORE, CounterStore } from './counter-store';
import { MemoryCounterStore } from './memory-counter-store';
import { RateLimitGuard } from './rate-limit.guard';
import { RedisCounterStore } from './redis-counter-store';

/**
 * Counters for rate limits and login lockouts: in Redis when REDIS_URL is set, so that every
 * instance shares them, and in this process's memory otherwise.
 */
@Global()
@Module({
  providers: [
    {
      provide: COUNTER_STORE,
      useFactory: (config: AppConfig): CounterStore =>
        config.REDIS_URL
          ? new RedisCounterStore(config.REDIS_URL, config.REDIS_KEY_PREFIX)
          : new MemoryCounterStore(),
      inject: [AppConfig],
    },
    RateLimitGuard,
  ],
  exports: [COUNTER_STORE, RateLimitGuard],
})
export class RateLimitModule {}
