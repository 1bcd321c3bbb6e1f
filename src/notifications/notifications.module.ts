import { Module } from '@nestjs/common';

import { NOTIFIER } from './notifier';
import { OutboxNotifier } from './outbox-notifier';

/** Messages to players. Provides NOTIFIER; replace its class to deliver another way. */
@Module({
  providers: [{ provide: NOTIFIER, useClass: OutboxNotifier }],
  exports: [NOTIFIER],
})
export class NotificationsModule {}
