import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { AuditService } from '../../audit/audit.service';
import { BrandsService } from '../../brands/brands.service';
import { Principal } from '../../common/auth/principal';
import { ApiException } from '../../common/errors/api.exception';
import { RequestContext } from '../../common/request-context';
import { UsersService } from '../../users/users.service';
import { BalanceKind, LedgerEntryEntity, LedgerEntryType } from './ledger-entry.entity';
import { WalletEntity } from './wallet.entity';
import { LedgerFilter, WalletsRepository } from './wallets.repository';

/** One change of one balance, as the caller describes it. */
export interface Movement {
  wallet: WalletEntity;
  balance: BalanceKind;
  /** Signed minor units: positive credits, negative debits; never zero. */
  amount: bigint;
  type: LedgerEntryType;
  referenceType?: string;
  referenceId?: string;
}

export interface WalletReconciliation {
  consistent: boolean;
  realBalance: string;
  bonusBalance: string;
  realLedgerSum: string;
  bonusLedgerSum: string;
}

/**
 * Moves money. Every balance change and its ledger entry are written in one database
 * transaction, so a balance always equals the sum of its entries, and a balance never goes
 * below zero: a debit larger than the balance fails with 422 `insufficient_funds`.
 */
@Injectable()
export class WalletService {
  constructor(
    private readonly wallets: WalletsRepository,
    private readonly users: UsersService,
    private readonly brands: BrandsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Returns a wallet, created empty on first use, with the player's `deposited` flag: the calling
   * player's own without `userId`, else that of a player of the caller's brand (404 for others).
   */
  async getWithDepositedFlag(
    principal: Principal,
    userId?: string,
  ): Promise<{ wallet: WalletEntity; deposited: boolean }> {
    const user = userId
      ? await this.users.getInBrandOf(principal, userId)
      : await this.users.getForPrincipal(principal);
    return { wallet: await this.wallets.ensure(user), deposited: user.deposited };
  }

  private async getInBrandOf(principal: Principal, userId: string): Promise<WalletEntity> {
    const user = await this.users.getInBrandOf(principal, userId);
    return this.wallets.ensure(user);
  }

  /**
   * Applies a movement and writes its ledger entry. With `manager` it runs in the caller's
   * transaction, so the movement commits or rolls back with the change that caused it. Without
   * one it opens a transaction of its own.
   */
  async move(movement: Movement, manager?: EntityManager): Promise<LedgerEntryEntity> {
    if (movement.amount === 0n) {
      throw new ApiException(400, 'invalid_amount', 'A movement must change the balance');
    }
    if (!manager) {
      return this.wallets.transaction((transaction) => this.move(movement, transaction));
    }

    const { wallet, balance, amount } = movement;
    const entry = await this.wallets.applyMovement(manager, { ...movement, walletId: wallet.id });
    if (!entry) {
      throw new ApiException(
        422,
        'insufficient_funds',
        `The ${balance} balance is lower than ${-amount} minor units`,
      );
    }
    return entry;
  }

  /** Changes a wallet by hand from the back office, with the reason in the audit log. */
  async adjust(
    principal: Principal,
    userId: string,
    balance: BalanceKind,
    amount: bigint,
    reason: string,
    context: RequestContext,
  ): Promise<LedgerEntryEntity> {
    const wallet = await this.getInBrandOf(principal, userId);
    const entry = await this.move({
      wallet,
      balance,
      amount,
      type: 'adjustment',
      referenceType: 'adjustment',
    });
    this.audit.record('wallet_adjusted', {
      request: context,
      brandId: wallet.brandId,
      clientId: principal.clientId,
      userId,
      details: { balance, amount: amount.toString(), reason, ledger_entry_id: entry.id },
    });
    return entry;
  }

  findEntries(
    wallet: WalletEntity,
    filter: LedgerFilter,
    offset: number,
    limit: number,
  ): Promise<[LedgerEntryEntity[], number]> {
    return this.wallets.findEntries(wallet.id, filter, offset, limit);
  }

  /** Compares each balance with the sum of its ledger entries. */
  async reconcile(principal: Principal, userId: string): Promise<WalletReconciliation> {
    const brand = await this.brands.getByCode(principal.brand);
    const wallet = await this.wallets.findByUser(brand.id, userId);
    if (!wallet) {
      throw new NotFoundException(`No wallet of player ${userId} in this brand`);
    }

    const sums = await this.wallets.reconcile(wallet.id);
    return {
      consistent: sums.realBalance === sums.realSum && sums.bonusBalance === sums.bonusSum,
      realBalance: sums.realBalance,
      bonusBalance: sums.bonusBalance,
      realLedgerSum: sums.realSum,
      bonusLedgerSum: sums.bonusSum,
    };
  }
}
