import { randomUUID } from 'node:crypto';

import { Injectable, NotFoundException } from '@nestjs/common';

import { Principal } from '../../common/auth/principal';
import { ApiException } from '../../common/errors/api.exception';
import { Page } from '../../common/pagination/pagination.dto';
import { RequestContext } from '../../common/request-context';
import { BonusDepositsService } from '../bonuses/bonus-deposits.service';
import { ValidationFailedException } from '../../common/errors/validation-failed.exception';
import { PaymentMethodEntity } from '../payment-methods/payment-method.entity';
import { PaymentMethodsService } from '../payment-methods/payment-methods.service';
import { WalletEntity } from '../wallet/wallet.entity';
import { DepositLimitsService } from '../limits/deposit-limits.service';
import { WalletService } from '../wallet/wallet.service';
import {
  StartTransactionDto,
  TransactionQueryDto,
  UpdateTransactionDto,
} from './dto/transaction.dto';
import { PaymentTransactionEntity } from './payment-transaction.entity';
import { PaymentTransactionsRepository } from './payment-transactions.repository';
import { ActionInput, ProviderTransaction } from './providers/payment-provider';
import { invalidTransition, TransactionStatusService } from './transaction-status.service';

/** A player's deposits and withdrawals: start, complete a requested action, cancel, list and read. */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly transactions: PaymentTransactionsRepository,
    private readonly statuses: TransactionStatusService,
    private readonly methods: PaymentMethodsService,
    private readonly wallets: WalletService,
    private readonly limits: DepositLimitsService,
    private readonly bonusDeposits: BonusDepositsService,
  ) {}

  /**
   * Starts a transaction. A withdrawal debits `real` in the same database transaction as the row
   * is inserted, so when the balance is short (422 `insufficient_funds`) no row is left behind.
   */
  async start(
    principal: Principal,
    dto: StartTransactionDto,
    context: RequestContext,
  ): Promise<PaymentTransactionEntity> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const method = await this.usableMethod(principal, dto);
    await this.assertUsableBonus(wallet, dto);
    const provider = this.methods.providerOf(method.providerId);
    const draft = newTransaction(wallet, method, dto);
    const outcome = await provider.start(toProvider(draft));

    return this.transactions.transaction(async (manager) => {
      if (draft.type === 'deposit') {
        // Inside the transaction: the check locks the wallet row, so concurrent deposits queue.
        await this.limits.assertDepositAllowed(
          wallet.userId,
          wallet.brandId,
          BigInt(dto.amount),
          manager,
          {
            uncredited: (locked) => this.transactions.sumUncreditedDeposits(locked, wallet.userId),
          },
        );
      }
      await this.transactions.insert(manager, draft);
      if (draft.type === 'withdrawal') {
        await this.wallets.move(
          {
            wallet,
            balance: 'real',
            amount: -BigInt(dto.amount),
            type: 'withdrawal',
            referenceType: 'transaction',
            referenceId: draft.id,
          },
          manager,
        );
      }
      const started = await manager.findOneByOrFail(PaymentTransactionEntity, { id: draft.id });
      return this.statuses.change(started, 'started', outcome, context, manager);
    });
  }

  /** Completes the action the transaction requested, or cancels a waiting withdrawal. */
  async update(
    principal: Principal,
    id: string,
    dto: UpdateTransactionDto,
    context: RequestContext,
  ): Promise<PaymentTransactionEntity> {
    const transaction = await this.getOwn(principal, id);
    if (dto.action === 'cancel') {
      return this.cancel(transaction, context);
    }
    if (transaction.action !== dto.action || !awaitsPlayer(transaction)) {
      throw invalidTransition(
        awaitsPlayer(transaction)
          ? `Transaction ${id} asks for ${transaction.action}, not ${dto.action}`
          : `Transaction ${id} is ${transaction.status} and asks for no action`,
      );
    }

    const input = actionInput(dto);
    const provider = this.methods.providerOf(transaction.providerId);
    const outcome = await provider.completeAction(toProvider(transaction), input);
    const cardLast4 = input.action === 'add-card' ? input.cardNumber.slice(-4) : undefined;
    return this.statuses.change(
      transaction,
      transaction.status,
      { ...outcome, cardLast4 },
      context,
    );
  }

  private cancel(
    transaction: PaymentTransactionEntity,
    context: RequestContext,
  ): Promise<PaymentTransactionEntity> {
    const cancellable =
      transaction.type === 'withdrawal' &&
      (transaction.status === 'pending' || transaction.status === 'pending_approval');
    if (!cancellable) {
      throw invalidTransition(
        `Only a withdrawal that is pending or pending_approval can be cancelled; transaction ${transaction.id} is a ${transaction.type} and ${transaction.status}`,
      );
    }
    return this.statuses.change(
      transaction,
      transaction.status,
      { status: 'cancelled', action: null, redirectUrl: null },
      context,
    );
  }

  /**
   * Returns the player's transaction, first asking its provider about it while it waits on the
   * provider (`pending`, or an `approved` withdrawal being paid out).
   */
  async get(
    principal: Principal,
    id: string,
    context: RequestContext,
  ): Promise<PaymentTransactionEntity> {
    const transaction = await this.getOwn(principal, id);
    if (transaction.status !== 'pending' && transaction.status !== 'approved') {
      return transaction;
    }

    const provider = this.methods.providerOf(transaction.providerId);
    const status = await provider.checkStatus(toProvider(transaction), transaction.status);
    if (status === transaction.status) {
      return transaction;
    }
    const change = { status, action: null, redirectUrl: transaction.redirectUrl };
    return (
      this.statuses
        .change(transaction, transaction.status, change, context)
        // A concurrent read applied the provider's status first, so return the stored row.
        .catch((error: unknown) => {
          if (error instanceof ApiException && error.code === 'invalid_transition') {
            return this.transactions.findById(id);
          }
          throw error;
        })
    );
  }

  async list(
    principal: Principal,
    query: TransactionQueryDto,
  ): Promise<Page<PaymentTransactionEntity>> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const [data, total] = await this.transactions.listOfUser(
      wallet.userId,
      { type: query.type, status: query.status, from: query.from, to: query.to },
      (query.page - 1) * query.per_page,
      query.per_page,
    );
    return { data, page: query.page, per_page: query.per_page, total };
  }

  private async getOwn(principal: Principal, id: string): Promise<PaymentTransactionEntity> {
    const { wallet } = await this.wallets.getWithDepositedFlag(principal);
    const transaction = await this.transactions.findOfUser(wallet.userId, id);
    if (!transaction) {
      throw new NotFoundException(`Transaction ${id} was not found`);
    }
    return transaction;
  }

  /** Checks `bonus_id`, which only a deposit may carry, before any money moves. */
  private async assertUsableBonus(wallet: WalletEntity, dto: StartTransactionDto): Promise<void> {
    if (dto.bonus_id === undefined) {
      return;
    }
    if (dto.type !== 'deposit') {
      throw new ValidationFailedException({ bonus_id: ['bonus_id applies only to a deposit'] });
    }
    await this.bonusDeposits.assertUsable(wallet, dto.bonus_id, BigInt(dto.amount));
  }

  /** Returns the enabled method of the request's type, checking the provider and the amount. */
  private async usableMethod(
    principal: Principal,
    dto: StartTransactionDto,
  ): Promise<PaymentMethodEntity> {
    const method = await this.methods.findInBrand(principal, dto.method_id);
    if (!method || !method.enabled || method.type !== dto.type) {
      throw new ValidationFailedException({
        method_id: [`method_id must be an enabled ${dto.type} method of this brand`],
      });
    }
    if (dto.provider_id !== undefined && dto.provider_id !== method.providerId) {
      throw new ValidationFailedException({
        provider_id: [`provider_id must be ${method.providerId}, the provider of this method`],
      });
    }
    if (dto.amount < Number(method.minAmount) || dto.amount > Number(method.maxAmount)) {
      throw new ValidationFailedException({
        amount: [
          `amount must be between ${method.minAmount} and ${method.maxAmount} minor units for this method`,
        ],
      });
    }
    return method;
  }
}

function newTransaction(
  wallet: WalletEntity,
  method: PaymentMethodEntity,
  dto: StartTransactionDto,
): PaymentTransactionEntity {
  return {
    id: randomUUID(),
    brandId: wallet.brandId,
    userId: wallet.userId,
    walletId: wallet.id,
    methodId: method.id,
    providerId: method.providerId,
    type: dto.type,
    amount: String(dto.amount),
    currency: wallet.currency,
    status: 'started',
    action: null,
    redirectUrl: null,
    bonusId: dto.bonus_id ?? null,
    successUrl: dto.success_url ?? null,
    failedUrl: dto.failed_url ?? null,
    pendingUrl: dto.pending_url ?? null,
    cancelUrl: dto.cancel_url ?? null,
    cardLast4: null,
  } as PaymentTransactionEntity;
}

function toProvider(transaction: PaymentTransactionEntity): ProviderTransaction {
  return {
    id: transaction.id,
    type: transaction.type,
    amount: BigInt(transaction.amount),
    currency: transaction.currency,
    successUrl: transaction.successUrl,
  };
}

function awaitsPlayer(transaction: PaymentTransactionEntity): boolean {
  return transaction.status === 'card_requested' || transaction.status === 'credentials_requested';
}

function actionInput(dto: UpdateTransactionDto): ActionInput {
  switch (dto.action) {
    case 'add-card':
      return {
        action: 'add-card',
        cardNumber: (dto.card_number as string).replace(/\D/g, ''),
        expiry: dto.expiry as string,
        cvv: dto.cvv as string,
      };
    case 'select-card':
      return { action: 'select-card', cardId: dto.card_id as string };
    default:
      return {
        action: 'provide-credentials',
        username: dto.username as string,
        password: dto.password as string,
      };
  }
}
