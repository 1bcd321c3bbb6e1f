import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';

import { AppConfig } from '../../config/app-config';
import { NotificationListener } from '../tokens/notification-listener';
import { ClientEntity } from './client.entity';
import { CLIENT_CHANGED_CHANNEL, ClientsRepository } from './clients.repository';

/** Maximum age of a cached client before it is reloaded, in case a notification was lost. */
const MAX_AGE_MS = 60_000;

interface CachedClient {
  client: ClientEntity;
  loadedAt: number;
}

/**
 * Registered clients kept in memory, so that client authentication at the token endpoint needs
 * no database read. A change made through ClientsRepository.update sends a NOTIFY that makes
 * every instance drop its copy; the whole cache is dropped after a lost listener connection.
 * Unknown client ids are not cached.
 */
@Injectable()
export class ClientCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ClientCache.name);
  private readonly clients = new Map<string, CachedClient>();
  private readonly listener: NotificationListener;

  constructor(
    private readonly repository: ClientsRepository,
    config: AppConfig,
  ) {
    this.listener = new NotificationListener({
      connectionString: config.DATABASE_URL,
      channel: CLIENT_CHANGED_CHANNEL,
      onNotification: (clientId) => this.forget(clientId),
      onSubscribed: () => Promise.resolve(this.clients.clear()),
      logger: this.logger,
    });
  }

  onModuleInit(): Promise<void> {
    return this.listener.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.listener.stop();
  }

  /** Returns the client with this client_id, from memory when a fresh copy is there. */
  async find(clientId: string): Promise<ClientEntity | null> {
    const cached = this.clients.get(clientId);
    if (cached && Date.now() - cached.loadedAt < MAX_AGE_MS) {
      return cached.client;
    }

    const client = await this.repository.findByClientId(clientId);
    if (client) {
      this.clients.set(clientId, { client, loadedAt: Date.now() });
    } else {
      this.clients.delete(clientId);
    }
    return client;
  }

  /** Drops a client's copy; the next find() reads it again. */
  forget(clientId: string): void {
    this.clients.delete(clientId);
  }
}
