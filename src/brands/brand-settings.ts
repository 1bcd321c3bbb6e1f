/** The orders in which a round's bet may be taken from a wallet's balances. */
export const DEBIT_ORDERS = ['real_first', 'bonus_first'] as const;

export type DebitOrder = (typeof DEBIT_ORDERS)[number];

/** Settings a brand's back office changes. */
export interface BrandSettings {
  debitOrder: DebitOrder;
}
