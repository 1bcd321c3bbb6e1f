import { Injectable, NotFoundException } from '@nestjs/common';

import { AuditService } from '../../audit/audit.service';
import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { RequestContext } from '../../common/request-context';
import { PaymentTransactionEntity } from './payment-transaction.entity';
import { PaymentTransactionsRepository } from './payment-transactions.repository';
import { invalidTransition, TransactionStatusService } from './transaction-status.service';

/** The back office's decision on withdrawals waiting for approval. */
@Injectable()
export class WithdrawalApprovalsService {
  constructor(
    private readonly transactions: PaymentTransactionsRepository,
    private readonly statuses: TransactionStatusService,
    private readonly brands: BrandsService,
    private readonly audit: AuditService,
  ) {}

  /** Approves a withdrawal; its provider pays it out and it completes at a later status check. */
  async approve(
    principal: Principal,
    id: string,
    context: RequestContext,
  ): Promise<PaymentTransactionEntity> {
    const transaction = await this.getPendingApproval(principal, id, 'approved');
    const approved = await this.statuses.change(
      transaction,
      'pending_approval',
      { status: 'approved', action: null, redirectUrl: null },
      context,
    );
    this.record('withdrawal_approved', principal, context, approved);
    return approved;
  }

  /** Declines a withdrawal and gives the debited amount back to the player's `real` balance. */
  async decline(
    principal: Principal,
    id: string,
    context: RequestContext,
    reason?: string,
  ): Promise<PaymentTransactionEntity> {
    const transaction = await this.getPendingApproval(principal, id, 'declined');
    const declined = await this.statuses.change(
      transaction,
      'pending_approval',
      { status: 'declined', action: null, redirectUrl: null },
      context,
    );
    this.record('withdrawal_declined', principal, context, declined, reason);
    return declined;
  }

  private async getPendingApproval(
    principal: Principal,
    id: string,
    target: 'approved' | 'declined',
  ): Promise<PaymentTransactionEntity> {
    const brand = await this.brands.getByCode(principal.brand);
    const transaction = await this.transactions.findInBrand(brand.id, id);
    if (!transaction) {
      throw new NotFoundException(`Transaction ${id} was not found`);
    }
    if (transaction.type !== 'withdrawal' || transaction.status !== 'pending_approval') {
      throw invalidTransition(
        `Only a withdrawal that is pending_approval can be ${target}; transaction ${id} is a ${transaction.type} and ${transaction.status}`,
      );
    }
    return transaction;
  }

  private record(
    type: 'withdrawal_approved' | 'withdrawal_declined',
    principal: Principal,
    context: RequestContext,
    transaction: PaymentTransactionEntity,
    reason?: string,
  ): void {
    this.audit.record(type, {
      request: context,
      brandId: transaction.brandId,
      clientId: principal.clientId,
      userId: transaction.userId,
      details: {
        transaction_id: transaction.id,
        amount: transaction.amount,
        ...(reason ? { reason } : {}),
      },
    });
  }
}
