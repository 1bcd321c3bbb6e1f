import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Notifier, OutboundMessage } from './notifier';
import { OutboundMessageEntity } from './outbound-message.entity';

/** The default Notifier: writes each message to `outbound_messages` for a worker to deliver. */
@Injectable()
export class OutboxNotifier implements Notifier {
  async send(message: OutboundMessage, transaction: EntityManager): Promise<void> {
    await transaction.insert(OutboundMessageEntity, {
      brandId: message.brandId,
      userId: message.userId ?? null,
      channel: message.channel,
      recipient: message.recipient,
      template: message.template,
      data: message.data,
    });
  }
}
