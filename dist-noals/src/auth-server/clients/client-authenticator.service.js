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
exports.ClientAuthenticator = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const crypto_1 = require("../../common/crypto");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const lockout_service_1 = require("../lockout/lockout.service");
const client_cache_service_1 = require("./client-cache.service");
/** Checks presented client credentials against the registered client. */
let ClientAuthenticator = class ClientAuthenticator {
    clients;
    audit;
    lockout;
    constructor(clients, audit, lockout) {
        this.clients = clients;
        this.audit = audit;
        this.lockout = lockout;
    }
    async authenticate(presented) {
        const client = await this.clients.find(presented.clientId);
        if (!client) {
            return this.reject(presented, null, 'unknown_client', 'The client is unknown');
        }
        if (client.type === 'public') {
            // An empty secret counts as none: Swagger UI and other tools send `client_id:` in HTTP Basic.
            if (presented.secret !== undefined && presented.secret !== '') {
                return this.reject(presented, client, 'secret_sent_by_public_client', 'A public client has no secret');
            }
            return client;
        }
        if (presented.secret === undefined || presented.secret === '') {
            return this.reject(presented, client, 'missing_secret', 'This client must authenticate with its secret');
        }
        const lockDescription = await this.lockout.clientLockDescription(client.clientId);
        if (lockDescription) {
            return this.reject(presented, client, 'client_locked', lockDescription);
        }
        if (!client.secretHash || !(0, crypto_1.matchesSha256)(presented.secret, client.secretHash)) {
            await this.lockout.recordClientFailure(client.clientId);
            return this.reject(presented, client, 'wrong_secret', 'The client secret is wrong');
        }
        return client;
    }
    reject(presented, client, reason, description) {
        this.audit.record('client_authentication_failed', {
            brandId: client?.brandId,
            clientId: client?.clientId,
            details: {
                reason,
                presented_client_id: client ? undefined : presented.clientId.slice(0, 64),
            },
        });
        throw new oauth_errors_1.InvalidClientError(description, presented.viaHeader);
    }
};
exports.ClientAuthenticator = ClientAuthenticator;
exports.ClientAuthenticator = ClientAuthenticator = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [client_cache_service_1.ClientCache,
        audit_service_1.AuditService,
        lockout_service_1.LockoutService])
], ClientAuthenticator);
//# sourceMappingURL=client-authenticator.service.js.map