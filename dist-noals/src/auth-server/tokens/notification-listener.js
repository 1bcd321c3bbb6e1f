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
var NotificationListener_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.NotificationListener = exports.LISTENER_APPLICATION_NAME = void 0;
const common_1 = require("@nestjs/common");
const pg_1 = require("pg");
const app_config_1 = require("../../config/app-config");
const RECONNECT_DELAY_MS = 1000;
/** The `application_name` of the listener connection, which names it in pg_stat_activity. */
exports.LISTENER_APPLICATION_NAME = 'gaming-oauth-listener';
/** PostgreSQL channel names are identifiers; only plain ones are accepted, so LISTEN needs no quoting. */
const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/**
 * The one dedicated PostgreSQL connection of this instance that LISTENs on every channel a service
 * subscribed to, and reconnects after a lost connection. It LISTENs before calling onSubscribed,
 * so that no NOTIFY falls between the reload and the subscription.
 */
let NotificationListener = NotificationListener_1 = class NotificationListener {
    config;
    logger = new common_1.Logger(NotificationListener_1.name);
    subscribers = new Map();
    client;
    connecting;
    subscribing = Promise.resolve();
    reconnectTimer;
    stopped = false;
    constructor(config) {
        this.config = config;
    }
    /**
     * LISTENs on `channel` and calls the subscriber's onSubscribed once the LISTEN is in place. A
     * channel may have several subscribers; each receives every notification on it.
     */
    async subscribe(channel, subscriber) {
        if (!CHANNEL_NAME.test(channel)) {
            throw new Error(`Invalid notification channel name: ${channel}`);
        }
        const existing = this.subscribers.get(channel);
        if (existing) {
            existing.push(subscriber);
        }
        else {
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
    async onModuleDestroy() {
        this.stopped = true;
        clearTimeout(this.reconnectTimer);
        await this.client?.end().catch(() => undefined);
    }
    connection() {
        this.connecting ??= this.connect().catch((error) => {
            this.connecting = undefined;
            throw error;
        });
        return this.connecting;
    }
    async connect() {
        const client = new pg_1.Client({
            connectionString: this.config.DATABASE_URL,
            application_name: exports.LISTENER_APPLICATION_NAME,
        });
        client.on('notification', (message) => this.dispatch(message));
        client.on('error', (error) => {
            this.logger.warn(`The notification listener lost its connection: ${error.message}`);
            this.scheduleReconnect();
        });
        this.client = client;
        await client.connect();
        return client;
    }
    dispatch(message) {
        const payload = message.payload;
        if (!payload) {
            return;
        }
        for (const subscriber of this.subscribers.get(message.channel) ?? []) {
            subscriber.onNotification(payload);
        }
    }
    /** Connects again, LISTENs on every channel, and lets every subscriber reload. */
    async resubscribe() {
        const client = await this.connection();
        for (const channel of this.subscribers.keys()) {
            await client.query(`LISTEN ${channel}`);
        }
        for (const subscriber of [...this.subscribers.values()].flat()) {
            await subscriber.onSubscribed();
        }
    }
    scheduleReconnect() {
        if (this.stopped || this.reconnectTimer) {
            return;
        }
        void this.client?.end().catch(() => undefined);
        this.client = undefined;
        this.connecting = undefined;
        this.reconnectTimer = setTimeout(() => {
            this.reconnectTimer = undefined;
            this.resubscribe().catch((error) => {
                this.logger.warn(`The notification listener could not reconnect: ${error.message}`);
                this.scheduleReconnect();
            });
        }, RECONNECT_DELAY_MS).unref();
    }
};
exports.NotificationListener = NotificationListener;
exports.NotificationListener = NotificationListener = NotificationListener_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig])
], NotificationListener);
//# sourceMappingURL=notification-listener.js.map