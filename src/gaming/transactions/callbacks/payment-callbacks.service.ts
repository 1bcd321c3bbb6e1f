import { Injectable, NotFoundException } from '@nestjs/common';

import { RequestContext } from '../../../common/request-context';
import { PaymentTransactionEntity, TransactionStatus } from '../payment-transaction.entity';
import { PaymentTransactionsRepository } from '../payment-transactions.repository';
import { TransactionStatusService } from '../transaction-status.service';
import { PaymentCallbackDto } from './payment-callback.dto';
import { PaymentCallbacksRepository } from './payment-callbacks.repository';

/** Statuses, by transaction type, from which a provider's callback may finish a transaction. */
const WAITING_ON_PROVIDER: Record<PaymentTransactionEntity['type'], readonly TransactionStatus[]> =
  {
    deposit: ['pending', 'card_requested', 'credentials_requested'],
    // An approved withdrawal is being paid out. A pending_approval one waits on the back office.
    withdrawal: ['pending', 'approved'],
  };

export interface CallbackResult {
  transaction: PaymentTransactionEntity;
  applied: boolean;
}

/**
 * Applies the asynchronous results that payment providers post. Each event is applied at most
 * once: a repeated event id, or an outcome for a transaction that no longer waits on the provider
 * (finished by a read that polled the provider, or by an earlier event), changes nothing.
 */
@Injectable()
export class PaymentCallbacksService {
  constructor(
    private readonly transactions: PaymentTransactionsRepository,
    private readonly callbacks: PaymentCallbacksRepository,
    private readonly statuses: TransactionStatusService,
  ) {}

  async handle(
    providerId: string,
    dto: PaymentCallbackDto,
    context: RequestContext,
  ): Promise<CallbackResult> {
    const known = await this.transactions.findOfProvider(providerId, dto.transaction_id);
    if (!known) {
      throw new NotFoundException(
        `Transaction ${dto.transaction_id} of this payment provider was not found`,
      );
    }

    return this.transactions.transaction(async (manager) => {
      const event = {
        providerId,
        eventId: dto.event_id,
        transactionId: known.id,
        outcome: dto.status,
      };
      // Locked before the event insert, whose foreign key would otherwise take a KEY SHARE lock
      // on the row that blocks another delivery's FOR UPDATE and deadlocks. The lock also orders
      // this change after any concurrent one, so the status read here is final.
      const transaction = await this.callbacks.lockTransaction(manager, known.id);
      const isNew = await this.callbacks.insertEvent(manager, event);
      if (!isNew || !waitsOnProvider(transaction)) {
        return { transaction, applied: false };
      }

      const changed = await this.statuses.change(
        transaction,
        transaction.status,
        { status: dto.status, action: null, redirectUrl: transaction.redirectUrl },
        context,
        manager,
      );
      await this.callbacks.markApplied(manager, providerId, dto.event_id);
      return { transaction: changed, applied: true };
    });
  }
}

function waitsOnProvider(transaction: PaymentTransactionEntity): boolean {
  return WAITING_ON_PROVIDER[transaction.type].includes(transaction.status);
}
