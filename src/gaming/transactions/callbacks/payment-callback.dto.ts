import { IsIn, IsString, IsUUID, Matches } from 'class-validator';

import { TransactionStatus } from '../payment-transaction.entity';

/** Outcomes a provider may report in a callback. */
export const CALLBACK_OUTCOMES = ['completed', 'failed'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** The JSON body a payment provider posts with the asynchronous result of a transaction. */
export class PaymentCallbackDto {
  /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
  @IsUUID()
  transaction_id: string;

  /**
   * The provider's id of this event, the same on every redelivery.
   * @example "evt_20260115_0001"
   */
  @IsString()
  @Matches(/^[\x21-\x7e]{1,128}$/, {
    message: 'event_id must be 1 to 128 printable ASCII characters without spaces',
  })
  event_id: string;

  @IsIn(CALLBACK_OUTCOMES)
  status: CallbackOutcome;
}

/** The result of a callback. */
export class PaymentCallbackResultDto {
  /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
  transaction_id: string;
  /** @example "evt_20260115_0001" */
  event_id: string;
  /** The transaction's status after the callback. */
  status: TransactionStatus;
  /**
   * True when this delivery changed the transaction; false for a repeat or an outdated event.
   * @example true
   */
  applied: boolean;
}
