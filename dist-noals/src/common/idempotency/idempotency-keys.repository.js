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
exports.IdempotencyKeysRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const SCOPE_CONDITION = 'brand = $1 AND client_id = $2 AND subject = $3 AND idempotency_key = $4';
let IdempotencyKeysRepository = class IdempotencyKeysRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    /**
     * Takes the key for one request in a single statement, so that concurrent requests on any
     * instance cannot both take it. A key is free when it is new, expired, or claimed by a request
     * that started more than `lockTimeoutSeconds` ago without finishing. Returns false when
     * another request has claimed or finished the key.
     */
    async claim(scope, options) {
        const rows = await this.dataSource.query(`INSERT INTO idempotency_keys AS k
         (brand, client_id, subject, idempotency_key, claim_id, request_hash, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
       ON CONFLICT (brand, client_id, subject, idempotency_key) DO UPDATE SET
         claim_id = EXCLUDED.claim_id,
         request_hash = EXCLUDED.request_hash,
         response_status = NULL,
         response_body = NULL,
         created_at = now(),
         completed_at = NULL,
         expires_at = EXCLUDED.expires_at
       WHERE k.expires_at <= now()
          OR (k.response_status IS NULL
              AND k.created_at <= now() - make_interval(secs => $8))
       RETURNING claim_id`, [
            scope.brand,
            scope.clientId,
            scope.subject,
            scope.key,
            options.claimId,
            options.requestHash,
            options.ttlSeconds,
            options.lockTimeoutSeconds,
        ]);
        return rows.length === 1;
    }
    async find(scope) {
        const rows = await this.dataSource.query(`SELECT request_hash, response_status, response_body FROM idempotency_keys
         WHERE ${SCOPE_CONDITION}`, [scope.brand, scope.clientId, scope.subject, scope.key]);
        const row = rows[0];
        if (!row) {
            return undefined;
        }
        return {
            requestHash: row.request_hash,
            responseStatus: row.response_status,
            responseBody: row.response_body,
        };
    }
    /** Stores the response of the request that claimed the key, unless another took it over. */
    async complete(scope, claimId, status, body) {
        await this.dataSource.query(`UPDATE idempotency_keys
       SET response_status = $6, response_body = $7::jsonb, completed_at = now()
       WHERE ${SCOPE_CONDITION} AND claim_id = $5 AND response_status IS NULL`, [
            scope.brand,
            scope.clientId,
            scope.subject,
            scope.key,
            claimId,
            status,
            JSON.stringify(body ?? null),
        ]);
    }
    /** Frees a key whose request failed without a response worth replaying. */
    async release(scope, claimId) {
        await this.dataSource.query(`DELETE FROM idempotency_keys
       WHERE ${SCOPE_CONDITION} AND claim_id = $5 AND response_status IS NULL`, [scope.brand, scope.clientId, scope.subject, scope.key, claimId]);
    }
    /** Deletes up to `limit` expired keys and returns how many it deleted. */
    async deleteExpired(limit) {
        const rows = await this.dataSource.query(`DELETE FROM idempotency_keys WHERE ctid IN (
         SELECT ctid FROM idempotency_keys WHERE expires_at <= now() LIMIT $1
       ) AND expires_at <= now()
       RETURNING 1`, [limit]);
        return rows.length;
    }
};
exports.IdempotencyKeysRepository = IdempotencyKeysRepository;
exports.IdempotencyKeysRepository = IdempotencyKeysRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], IdempotencyKeysRepository);
//# sourceMappingURL=idempotency-keys.repository.js.map