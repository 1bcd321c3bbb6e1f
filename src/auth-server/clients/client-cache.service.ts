import { Injectable, OnModuleInit } from '@nestjs/common';

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
export class ClientCache implements OnModuleInit {
  private readonly clients = new Map<string, CachedClient>();

  constructor(
    private readonly repository: ClientsRepository,
    private readonly listener: NotificationListener,
  ) {}

  onModuleInit(): Promise<void> {
    return this.listener.subscribe(CLIENT_CHANGED_CHANNEL, {
      onNotification: (clientId) => this.forget(clientId),
      onSubscribed: () => Promise.resolve(this.clients.clear()),
    });
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
