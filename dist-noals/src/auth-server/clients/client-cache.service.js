"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClientCache = void 0;
const common_1 = require("@nestjs/common");
const notification_listener_1 = require("../tokens/notification-listener");
const clients_repository_1 = require("./clients.repository");
/** Maximum age of a cached client before it is reloaded, in case a notification was lost. */
const MAX_AGE_MS = 60_000;
/**
 * Registered clients kept in memory, so that client authentication at the token endpoint needs
 * no database read. A change made through ClientsRepository.update sends a NOTIFY that makes
 * every instance drop its copy; the whole cache is dropped after a lost listener connection.
 * Unknown client ids are not cached.
 */
let ClientCache = class ClientCache {
    repository;
    listener;
    clients = new Map();
    constructor(repository, listener) {
        this.repository = repository;
        this.listener = listener;
    }
    onModuleInit() {
        return this.listener.subscribe(clients_repository_1.CLIENT_CHANGED_CHANNEL, {
            onNotification: (clientId) => this.forget(clientId),
            onSubscribed: () => Promise.resolve(this.clients.clear()),
        });
    }
    /** Returns the client with this client_id, from memory when a fresh copy is there. */
    async find(clientId) {
        const cached = this.clients.get(clientId);
        if (cached && Date.now() - cached.loadedAt < MAX_AGE_MS) {
            return cached.client;
        }
        const client = await this.repository.findByClientId(clientId);
        if (client) {
            this.clients.set(clientId, { client, loadedAt: Date.now() });
        }
        else {
            this.clients.delete(clientId);
        }
        return client;
    }
    /** Drops a client's copy; the next find() reads it again. */
    forget(clientId) {
        this.clients.delete(clientId);
    }
};
exports.ClientCache = ClientCache;
exports.ClientCache = ClientCache = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [clients_repository_1.ClientsRepository,
        notification_listener_1.NotificationListener])
], ClientCache);
//# sourceMappingURL=client-cache.service.js.map