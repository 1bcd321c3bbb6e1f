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
exports.ClientsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const audit_service_1 = require("../../audit/audit.service");
const crypto_1 = require("../../common/crypto");
const field_conflict_exception_1 = require("../../common/errors/field-conflict.exception");
const scopes_1 = require("../../common/scopes");
const validation_failed_exception_1 = require("../../common/errors/validation-failed.exception");
const allowed_origins_service_1 = require("../cors/allowed-origins.service");
const grant_registry_1 = require("../grants/grant-registry");
const token_constants_1 = require("../tokens/token.constants");
const client_cache_service_1 = require("./client-cache.service");
const clients_repository_1 = require("./clients.repository");
/** Registers and changes the clients of one brand. No method reads or changes another brand's clients. */
let ClientsService = class ClientsService {
    clients;
    grants;
    audit;
    cache;
    origins;
    constructor(clients, grants, audit, cache, origins) {
        this.clients = clients;
        this.grants = grants;
        this.audit = audit;
        this.cache = cache;
        this.origins = origins;
    }
    /**
     * Registers a client. A confidential client gets a generated secret unless `secret` is given,
     * as for the bootstrap client whose secret comes from the environment.
     */
    async register(brandId, dto, secret) {
        const settings = {
            clientId: dto.client_id,
            brandId,
            name: dto.name,
            type: dto.type,
            grantTypes: dto.grant_types,
            scopes: dto.scopes,
            defaultScopes: dto.default_scopes ?? dto.scopes,
            usernameTypes: dto.username_types ?? ['email'],
            accessTokenTtl: dto.access_token_ttl ?? token_constants_1.DEFAULT_ACCESS_TOKEN_TTL,
            refreshTokenTtl: dto.refresh_token_ttl ?? token_constants_1.DEFAULT_REFRESH_TOKEN_TTL,
            refreshTokenReuseGrace: dto.refresh_token_reuse_grace ?? 0,
            redirectUris: dto.redirect_uris ?? [],
            captchaRequired: dto.captcha_required ?? false,
            firstParty: dto.first_party ?? true,
            allowedOrigins: dto.allowed_origins ?? [],
        };
        this.assertConsistent(settings);
        const clientSecret = dto.type === 'confidential' ? (secret ?? (0, crypto_1.generateOpaqueToken)()) : undefined;
        settings.secretHash = clientSecret ? (0, crypto_1.sha256)(clientSecret) : null;
        try {
            const client = await this.clients.insert(settings);
            this.origins.clear();
            this.audit.record('client_created', {
                brandId,
                clientId: client.clientId,
                details: { type: client.type, grant_types: client.grantTypes, scopes: client.scopes },
            });
            return { client, secret: clientSecret };
        }
        catch (error) {
            if (error instanceof typeorm_1.QueryFailedError &&
                error.driverError.code === '23505') {
                throw new field_conflict_exception_1.FieldConflictException('client_id', `client_id ${dto.client_id} is already registered`);
            }
            throw error;
        }
    }
    list(brandId) {
        return this.clients.findByBrand(brandId);
    }
    /** Returns a client of this brand; throws NotFoundException for any other. */
    async get(brandId, clientId) {
        const client = await this.clients.findByClientId(clientId);
        if (!client || client.brandId !== brandId) {
            throw new common_1.NotFoundException(`Client ${clientId} was not found`);
        }
        return client;
    }
    /**
     * Changes a client's settings. `callerClientId` is the client whose token makes the change: it
     * may not take away its own client_credentials grant or clients:write scope, which would leave
     * the brand without a way back in.
     */
    async update(brandId, clientId, dto, callerClientId) {
        const client = await this.get(brandId, clientId);
        if (clientId === callerClientId) {
            assertKeepsAdminAccess(dto);
        }
        const changes = {
            name: dto.name,
            grantTypes: dto.grant_types,
            scopes: dto.scopes,
            defaultScopes: dto.default_scopes,
            usernameTypes: dto.username_types,
            accessTokenTtl: dto.access_token_ttl,
            refreshTokenTtl: dto.refresh_token_ttl,
            refreshTokenReuseGrace: dto.refresh_token_reuse_grace,
            redirectUris: dto.redirect_uris,
            captchaRequired: dto.captcha_required,
            firstParty: dto.first_party,
            allowedOrigins: dto.allowed_origins,
        };
        const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
        this.assertConsistent({ ...client, ...defined });
        const updated = await this.clients.update(client.id, defined);
        this.cache.forget(clientId);
        this.origins.clear();
        this.audit.record('client_updated', {
            brandId,
            clientId,
            details: { fields: Object.keys(dto) },
        });
        return updated;
    }
    /** Replaces a confidential client's secret; the old one stops working at once. */
    async rotateSecret(brandId, clientId) {
        const client = await this.get(brandId, clientId);
        if (client.type !== 'confidential') {
            throw new common_1.ConflictException(`Client ${clientId} is public and has no secret`);
        }
        const secret = (0, crypto_1.generateOpaqueToken)();
        await this.clients.update(client.id, { secretHash: (0, crypto_1.sha256)(secret) });
        this.cache.forget(clientId);
        this.audit.record('client_secret_rotated', { brandId, clientId });
        return secret;
    }
    assertConsistent(client) {
        const fields = {};
        const unknownGrants = (client.grantTypes ?? []).filter((type) => !this.grants.find(type));
        if (unknownGrants.length > 0) {
            fields.grant_types = [
                `unsupported grant types: ${unknownGrants.join(', ')}; supported: ${this.grants.grantTypes().join(', ')}`,
            ];
        }
        else if (client.type === 'public' && client.grantTypes?.includes('client_credentials')) {
            fields.grant_types = ['a public client cannot use client_credentials'];
        }
        else if (client.grantTypes?.length === 0) {
            fields.grant_types = ['grant_types must list at least one grant type'];
        }
        const adminScopes = (client.scopes ?? []).filter((scope) => (0, scopes_1.isBrandAdminScope)(scope));
        if (client.type === 'public' && adminScopes.length > 0) {
            fields.scopes = [`a public client cannot hold back-office scopes: ${adminScopes.join(', ')}`];
        }
        const outside = (client.defaultScopes ?? []).filter((scope) => !client.scopes?.includes(scope));
        if (outside.length > 0) {
            fields.default_scopes = [
                `default_scopes must be a subset of scopes; not in scopes: ${outside.join(', ')}`,
            ];
        }
        if (client.usernameTypes?.length === 0) {
            fields.username_types = [
                'username_types must list at least one of email, nickname, mobile_number',
            ];
        }
        if (Object.keys(fields).length > 0) {
            throw new validation_failed_exception_1.ValidationFailedException(fields);
        }
    }
};
exports.ClientsService = ClientsService;
exports.ClientsService = ClientsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [clients_repository_1.ClientsRepository,
        grant_registry_1.GrantRegistry,
        audit_service_1.AuditService,
        client_cache_service_1.ClientCache,
        allowed_origins_service_1.AllowedOrigins])
], ClientsService);
function assertKeepsAdminAccess(dto) {
    const fields = {};
    if (dto.grant_types && !dto.grant_types.includes('client_credentials')) {
        fields.grant_types = ['a client cannot remove client_credentials from itself'];
    }
    if (dto.scopes && !dto.scopes.includes(scopes_1.Scope.ClientsWrite)) {
        fields.scopes = ['a client cannot remove clients:write from itself'];
    }
    if (Object.keys(fields).length > 0) {
        throw new validation_failed_exception_1.ValidationFailedException(fields);
    }
}
//# sourceMappingURL=clients.service.js.map