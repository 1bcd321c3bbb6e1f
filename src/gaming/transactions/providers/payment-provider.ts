import { PaymentType } from '../../payment-methods/payment-method.entity';
import { TransactionAction, TransactionStatus } from '../payment-transaction.entity';

/** The fields of a transaction that a provider receives when it starts or continues. */
export interface ProviderTransaction {
  id: string;
  type: PaymentType;
  /** Positive minor units. */
  amount: bigint;
  currency: string;
  successUrl: string | null;
}

/** A provider's current status of a transaction and the player's next action. */
export interface ProviderOutcome {
  status: TransactionStatus;
  action: TransactionAction | null;
  redirectUrl: string | null;
}

/** The data the player sent for an action. Card numbers and passwords stay in memory only. */
export type ActionInput =
  | { action: 'add-card'; cardNumber: string; expiry: string; cvv: string }
  | { action: 'select-card'; cardId: string }
  | { action: 'provide-credentials'; username: string; password: string };

/**
 * A payment service provider. Implementations talk to the provider and return outcomes; the
 * transactions service alone changes statuses and moves money.
 */
export interface PaymentProvider {
  /** The `provider_id` of payment methods served by this provider. */
  readonly id: string;

  /**
   * Starts a transaction. Throws ValidationFailedException for a request the provider cannot
   * serve, before anything is stored.
   */
  start(transaction: ProviderTransaction): Promise<ProviderOutcome>;

  /** Continues a transaction with the data for the action it requested. */
  completeAction(transaction: ProviderTransaction, input: ActionInput): Promise<ProviderOutcome>;

  /**
   * Returns the current status of a transaction that waits on the provider, which is `pending`
   * or an `approved` withdrawal being paid out. Returns the same status while it still waits.
   */
  checkStatus(
    transaction: ProviderTransaction,
    status: TransactionStatus,
  ): Promise<TransactionStatus>;
}

/** Nest injection token of the list of every PaymentProvider. */
export const PAYMENT_PROVIDERS = Symbol('PAYMENT_PROVIDERS');
