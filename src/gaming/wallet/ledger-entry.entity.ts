import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const LEDGER_ENTRY_TYPES = [
  'deposit',
  'withdrawal',
  'withdrawal_reversal',
  'bet',
  'win',
  'bonus_credit',
  'bonus_conversion',
  'bonus_forfeit',
  'adjustment',
] as const;

export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];
export type BalanceKind = 'real' | 'bonus';

/**
 * One movement of one balance of a wallet. Entries are only ever inserted, in the same
 * transaction as the balance change, so each balance equals the sum of its entries.
 */
@Entity('ledger_entries')
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'wallet_id', type: 'uuid' })
  walletId: string;

  @Column({ type: 'varchar', length: 32 })
  type: LedgerEntryType;

  @Column({ type: 'varchar', length: 8 })
  balance: BalanceKind;

  /** Signed minor units: positive credits, negative debits. */
  @Column({ type: 'bigint' })
  amount: string;

  /** The balance right after this entry, in minor units. */
  @Column({ name: 'balance_after', type: 'bigint' })
  balanceAfter: string;

  /** Kind of record that caused the movement: `transaction`, `round`, `bonus` or `adjustment`. */
  @Column({ name: 'reference_type', type: 'varchar', length: 32, nullable: true })
  referenceType: string | null;

  @Column({ name: 'reference_id', type: 'varchar', length: 64, nullable: true })
  referenceId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
