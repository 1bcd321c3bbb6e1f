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
var IdempotencyService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.IdempotencyService = void 0;
const common_1 = require("@nestjs/common");
const node_crypto_1 = require("node:crypto");
const app_config_1 = require("../../config/app-config");
const idempotency_errors_1 = require("./idempotency.errors");
const idempotency_keys_repository_1 = require("./idempotency-keys.repository");
const PRUNE_INTERVAL_MS = 10 * 60_000;
/** Rows deleted per statement, which bounds the row locks one statement takes. */
const PRUNE_BATCH_SIZE = 1000;
/** Batches per prune. Expired rows beyond them wait for the next run. */
const PRUNE_MAX_BATCHES = 20;
/** Decides what a request with an Idempotency-Key does, and stores what it returned. */
let IdempotencyService = IdempotencyService_1 = class IdempotencyService {
    repository;
    config;
    logger = new common_1.Logger(IdempotencyService_1.name);
    pruneTimer;
    constructor(repository, config) {
        this.repository = repository;
        this.config = config;
    }
    onModuleInit() {
        this.pruneTimer = setInterval(() => void this.prune(), PRUNE_INTERVAL_MS).unref();
    }
    onModuleDestroy() {
        clearInterval(this.pruneTimer);
    }
    /**
     * Claims the key for this request, or returns the stored response of the same request.
     * Throws 422 when the key was used with another request.
     */
    async start(scope, requestHash) {
        const claimId = (0, node_crypto_1.randomUUID)();
        const claimed = await this.repository.claim(scope, {
            claimId,
            requestHash,
            ttlSeconds: this.config.IDEMPOTENCY_KEY_TTL,
            lockTimeoutSeconds: this.config.IDEMPOTENCY_LOCK_TIMEOUT,
        });
        if (claimed) {
            return { kind: 'claimed', claimId };
        }
        const stored = await this.repository.find(scope);
        if (stored && stored.requestHash !== requestHash) {
            throw (0, idempotency_errors_1.idempotencyKeyReused)();
        }
        // No row means that the request that claimed the key failed with a 5xx and released it a
        // moment ago, so the client retries as it would after a 409.
        if (!stored || stored.responseStatus === null) {
            return { kind: 'in_progress' };
        }
        return { kind: 'replay', status: stored.responseStatus, body: stored.responseBody };
    }
    /**
     * Stores the response for replay. A failure is logged and not raised, because the route has
     * already run: the client gets its response, and the key stays claimed until
     * IDEMPOTENCY_LOCK_TIMEOUT passes.
     */
    async complete(scope, claimId, status, body) {
        try {
            await this.repository.complete(scope, claimId, status, body);
        }
        catch (error) {
            this.logger.error(`Failed to store the response of idempotent request ${claimId}: ${error.message}`);
        }
    }
    /** Frees the key after a 5xx so that the client can retry with it. */
    async release(scope, claimId) {
        try {
            await this.repository.release(scope, claimId);
        }
        catch (error) {
            this.logger.error(`Failed to release the Idempotency-Key of request ${claimId}: ${error.message}`);
        }
    }
    /** Deletes expired keys in bounded batches. */
    async prune() {
        try {
            for (let batch = 0; batch < PRUNE_MAX_BATCHES; batch++) {
                const deleted = await this.repository.deleteExpired(PRUNE_BATCH_SIZE);
                if (deleted < PRUNE_BATCH_SIZE) {
                    return;
                }
            }
        }
        catch (error) {
            this.logger.warn(`Failed to delete expired idempotency keys: ${error.message}`);
        }
    }
};
exports.IdempotencyService = IdempotencyService;
exports.IdempotencyService = IdempotencyService = IdempotencyService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [idempotency_keys_repository_1.IdempotencyKeysRepository,
        app_config_1.AppConfig])
], IdempotencyService);
//# sourceMappingURL=idempotency.service.js.map