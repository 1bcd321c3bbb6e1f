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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AllowedOrigins = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const clients_repository_1 = require("../clients/clients.repository");
const notification_listener_1 = require("../tokens/notification-listener");
/** How long the cached result for one origin is reused before PostgreSQL is queried again. */
const CACHE_TTL_MS = 30_000;
/** Maximum cached origins. Past it the oldest entry is dropped, so unknown origins cannot grow the cache. */
const MAX_CACHED_ORIGINS = 1000;
/**
 * Whether a browser origin appears in the `allowed_origins` of any client. Results are cached per
 * origin. The cache is cleared when a client changes on any instance (the `client_changed`
 * NOTIFY) and when this instance registers a client. A client registered on another instance
 * takes up to 30 seconds to count here, because registration sends no NOTIFY.
 */
let AllowedOrigins = class AllowedOrigins {
    dataSource;
    listener;
    cache = new Map();
    constructor(dataSource, listener) {
        this.dataSource = dataSource;
        this.listener = listener;
    }
    onModuleInit() {
        return this.listener.subscribe(clients_repository_1.CLIENT_CHANGED_CHANNEL, {
            onNotification: () => this.clear(),
            onSubscribed: () => Promise.resolve(this.clear()),
        });
    }
    async isAllowed(origin) {
        const cached = this.cache.get(origin);
        if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) {
            return cached.allowed;
        }
        const rows = await this.dataSource.query(`SELECT 1 FROM oauth_clients WHERE $1 = ANY (allowed_origins) LIMIT 1`, [origin]);
        const allowed = rows.length > 0;
        if (this.cache.size >= MAX_CACHED_ORIGINS) {
            this.cache.delete(this.cache.keys().next().value);
        }
        this.cache.set(origin, { allowed, loadedAt: Date.now() });
        return allowed;
    }
    clear() {
        this.cache.clear();
    }
};
exports.AllowedOrigins = AllowedOrigins;
exports.AllowedOrigins = AllowedOrigins = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        notification_listener_1.NotificationListener])
], AllowedOrigins);
//# sourceMappingURL=allowed-origins.service.js.map