import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { ApiException } from '../../common/errors/api.exception';
import { RequestContext } from '../../common/request-context';
import { BonusDepositsService } from '../bonuses/bonus-deposits.service';
import { WalletService } from '../wallet/wallet.service';
import { PaymentTransactionEntity, TransactionStatus } from './payment-transaction.entity';
import { PaymentTransactionsRepository, StatusChange } from './payment-transactions.repository';

/** Statuses after which a withdrawal's debited amount goes back to the player. */
const WITHDRAWAL_REVERSED: ReadonlySet<TransactionStatus> = new Set([
  'failed',
  'cancelled',
  'declined',
]);

/** Builds the 409 `invalid_transition` error, whose message names the status and the rejected change. */
export function invalidTransition(message: string): ApiException {
  return new ApiException(409, 'invalid_transition', message);
}

/**
 * Changes a transaction's status together with the money movement the new status implies, in
 * one database transaction: a completed deposit credits `real`, sets the player's `deposited`
 * flag and activates the deposit bonus it was started with, and a failed, cancelled or declined
 * withdrawal gives its debited amount back.
 */
@Injectable()
export class TransactionStatusService {
  constructor(
    private readonly transactions: PaymentTransactionsRepository,
    private readonly wallets: WalletService,
    private readonly bonusDeposits: BonusDepositsService,
  ) {}

  /**
   * Moves `transaction` from `expected` to the new status. The status is changed by a conditional
   * UPDATE, so a concurrent change of the same transaction makes this one fail with 409 and move
   * no money. Runs in the caller's database transaction when `manager` is given. `context` is the
   * request that caused the change, recorded on the audit event of a bonus the deposit activates.
   */
  async change(
    transaction: PaymentTransactionEntity,
    expected: TransactionStatus,
    change: StatusChange,
    context: RequestContext,
    manager?: EntityManager,
  ): Promise<PaymentTransactionEntity> {
    if (!manager) {
      return this.transactions.transaction((inner) =>
        this.change(transaction, expected, change, context, inner),
      );
    }
    if (change.status === expected) {
      return transaction;
    }

    const changed = await this.transactions.changeStatus(manager, transaction.id, expected, change);
    if (!changed) {
      const current = await this.transactions.findById(transaction.id);
      throw invalidTransition(
        `Transaction ${transaction.id} is ${current.status}, not ${expected}, so it cannot become ${change.status}`,
      );
    }
    await this.moveMoney(manager, changed, context);
    return changed;
  }

  private async moveMoney(
    manager: EntityManager,
    transaction: PaymentTransactionEntity,
    context: RequestContext,
  ): Promise<void> {
    const credit = transaction.type === 'deposit' && transaction.status === 'completed';
    const reversal =
      transaction.type === 'withdrawal' && WITHDRAWAL_REVERSED.has(transaction.status);
    if (!credit && !reversal) {
      return;
    }

    const wallet = await this.transactions.findWallet(manager, transaction.walletId);
    await this.wallets.move(
      {
        wallet,
        balance: 'real',
        amount: BigInt(transaction.amount),
        type: credit ? 'deposit' : 'withdrawal_reversal',
        referenceType: 'transaction',
        referenceId: transaction.id,
      },
      manager,
    );
    if (credit) {
      await this.transactions.markDeposited(manager, transaction.userId);
    }
    if (credit && transaction.bonusId) {
      await this.bonusDeposits.activateForDeposit(
        manager,
        wallet,
        {
          id: transaction.id,
          userId: transaction.userId,
          walletId: transaction.walletId,
          amount: BigInt(transaction.amount),
          bonusId: transaction.bonusId,
        },
        context,
      );
    }
  }
}
