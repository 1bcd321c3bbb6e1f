import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { PaymentTransactionEntity } from '../payment-transaction.entity';

/** The provider events received by callbacks, kept so that a redelivered event changes nothing. */
@Injectable()
export class PaymentCallbacksRepository {
  /**
   * Inserts the event unless its provider and event id are already stored. Returns false for a
   * repeat, also when the first delivery commits while this one waits on the primary key.
   */
  async insertEvent(
    manager: EntityManager,
    event: { providerId: string; eventId: string; transactionId: string; outcome: string },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO payment_callback_events (provider_id, event_id, transaction_id, outcome, applied)
       VALUES ($1, $2, $3, $4, false)
       ON CONFLICT (provider_id, event_id) DO NOTHING
       RETURNING event_id`,
      [event.providerId, event.eventId, event.transactionId, event.outcome],
    );
    return rows.length === 1;
  }

  async markApplied(manager: EntityManager, providerId: string, eventId: string): Promise<void> {
    await manager.query(
      `UPDATE payment_callback_events SET applied = true WHERE provider_id = $1 AND event_id = $2`,
      [providerId, eventId],
    );
  }

  /** Reads the transaction and locks its row until the database transaction ends. */
  lockTransaction(manager: EntityManager, id: string): Promise<PaymentTransactionEntity> {
    return manager.findOneOrFail(PaymentTransactionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
