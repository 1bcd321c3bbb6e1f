import { Logger } from '@nestjs/common';
import { Client, Notification } from 'pg';

const RECONNECT_DELAY_MS = 1000;

export interface NotificationListenerOptions {
  /** Optional as in AppConfig, which has it set by the time the application starts. */
  connectionString?: string;
  channel: string;
  /** Called with the payload of each NOTIFY on the channel. */
  onNotification(payload: string): void;
  /**
   * Called after each LISTEN, at start and after a reconnection, to reload what was published
   * while no connection listened. A rejection fails start() or schedules another reconnection.
   */
  onSubscribed(): Promise<void>;
  logger: Logger;
}

/**
 * A dedicated PostgreSQL connection that LISTENs on one channel and reconnects after a lost
 * connection. It subscribes before calling onSubscribed, so that no NOTIFY falls between the
 * reload and the subscription.
 */
export class NotificationListener {
  private client?: Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly options: NotificationListenerOptions) {}

  async start(): Promise<void> {
    const { channel, logger } = this.options;
    const client = new Client({ connectionString: this.options.connectionString });
    client.on('notification', (message: Notification) => {
      if (message.channel === channel && message.payload) {
        this.options.onNotification(message.payload);
      }
    });
    client.on('error', (error) => {
      logger.warn(`Listener on ${channel} lost its connection: ${error.message}`);
      this.scheduleReconnect();
    });

    this.client = client;
    await client.connect();
    await client.query(`LISTEN ${channel}`);
    await this.options.onSubscribed();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) {
      return;
    }
    void this.client?.end().catch(() => undefined);
    this.client = undefined;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.start().catch((error: Error) => {
        this.options.logger.warn(
          `Listener on ${this.options.channel} could not reconnect: ${error.message}`,
        );
        this.scheduleReconnect();
      });
    }, RECONNECT_DELAY_MS).unref();
  }
}
