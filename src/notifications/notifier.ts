import { EntityManager } from 'typeorm';

/** A message to a player that a mailer or SMS worker delivers. */
export interface OutboundMessage {
  channel: 'email' | 'sms';
  /** Email address or international phone number. */
  recipient: string;
  /** Name of the template the worker renders, such as `activation`. */
  template: string;
  brandId: string;
  userId?: string;
  /** Template values. May hold a one-time code, so it is never logged. */
  data: Record<string, string>;
}

/**
 * Hands messages to the delivery side. `send` runs inside the caller's database transaction, so
 * a message exists exactly when the change that caused it was committed.
 */
export interface Notifier {
  send(message: OutboundMessage, transaction: EntityManager): Promise<void>;
}

/** Injection token of the Notifier. */
export const NOTIFIER = Symbol('NOTIFIER');
