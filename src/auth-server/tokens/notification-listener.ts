import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client, Notification } from 'pg';

import { AppConfig } from '../../config/app-config';

const RECONNECT_DELAY_MS = 1000;

/** The `application_name` of the listener connection, which names it in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'gaming-oauth-listener';

/** PostgreSQL channel names are identifiers; only plain ones are accepted, so LISTEN needs no quoting. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface ChannelSubscriber {
  /** Called with the payload of each NOTIFY on the channel. */
  onNotification(payload: string): void;
  /**
   * Called after each LISTEN, at subscription and after a reconnection, to reload what was
   * published while no connection listened. A rejection fails subscribe() or schedules another
   * reconnection.
   */
  onSubscribed(): Promise<void>;
}

/**
 * The one dedicated PostgreSQL connection of this instance that LISTENs on every channel a service
 * subscribed to, and reconnects after a lost connection. It LISTENs before calling onSubscribed,
 * so that no NOTIFY falls between the reload and the subscription.
 */
@Injectable()
export class NotificationListener implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationListener.name);
  private readonly subscribers = new Map<string, ChannelSubscriber[]>();
  private client?: Client;
  private connecting?: Promise<Client>;
  private subscribing: Promise<void> = Promise.resolve();
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly config: AppConfig) {}

  /**
   * LISTENs on `channel` and calls the subscriber's onSubscribed once the LISTEN is in place. A
   * channel may have several subscribers; each receives every notification on it.
   */
  async subscribe(channel: string, subscriber: ChannelSubscriber): Promise<void> {
    if (!CHANNEL_NAME.test(channel)) {
      throw new Error(`Invalid notification channel name: ${channel}`);
    }
    const existing = this.subscribers.get(channel);
    if (existing) {
      existing.push(subscriber);
    } else {
      this.subscribers.set(channel, [subscriber]);
    }

    // pg runs one query at a time per client, so concurrent subscriptions wait for each other.
    const subscribed = this.subscribing
      .catch(() => undefined)
      .then(async () => {
        const client = await this.connection();
        await client.query(`LISTEN ${channel}`);
        await subscriber.onSubscribed();
      });
    this.subscribing = subscribed;
    await subscribed;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private connection(): Promise<Client> {
    this.connecting ??= this.connect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: LISTENER_APPLICATION_NAME,
    });
    client.on('notification', (message: Notification) => this.dispatch(message));
    client.on('error', (error) => {
      this.logger.warn(`The notification listener lost its connection: ${error.message}`);
      this.scheduleReconnect();
    });
    this.client = client;
    await client.connect();
    return client;
  }

  private dispatch(message: Notification): void {
    const payload = message.payload;
    if (!payload) {
      return;
    }
    for (const subscriber of this.subscribers.get(message.channel) ?? []) {
      subscriber.onNotification(payload);
    }
  }

  /** Connects again, LISTENs on every channel, and lets every subscriber reload. */
  private async resubscribe(): Promise<void> {
    const client = await this.connection();
    for (const channel of this.subscribers.keys()) {
      await client.query(`LISTEN ${channel}`);
    }
    for (const subscriber of [...this.subscribers.values()].flat()) {
      await subscriber.onSubscribed();
    }
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) {
      return;
    }
    void this.client?.end().catch(() => undefined);
    this.client = undefined;
    this.connecting = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.resubscribe().catch((error: Error) => {
        this.logger.warn(`The notification listener could not reconnect: ${error.message}`);
        this.scheduleReconnect();
      });
    }, RECONNECT_DELAY_MS).unref();
  }
}
