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
exports.IdempotencyKeyEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/**
 * A request made with an Idempotency-Key, per caller, with its response once it finished.
 * IdempotencyKeysRepository queries it with SQL. It is listed in ENTITIES so that the TypeORM
 * CLI includes the table when it generates migrations.
 */
let IdempotencyKeyEntity = class IdempotencyKeyEntity {
    brand;
    clientId;
    subject;
    idempotencyKey;
    /** Identifier of the request that claimed the key last, replaced on each takeover. */
    claimId;
    /** SHA-256 (hex) of the canonical method, route, path parameters and body. */
    requestHash;
    /** NULL while the first request runs. */
    responseStatus;
    responseBody;
    createdAt;
    completedAt;
    expiresAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { brand: { required: true, type: () => String }, clientId: { required: true, type: () => String }, subject: { required: true, type: () => String }, idempotencyKey: { required: true, type: () => String }, claimId: { required: true, type: () => String, description: "Identifier of the request that claimed the key last, replaced on each takeover." }, requestHash: { required: true, type: () => String, description: "SHA-256 (hex) of the canonical method, route, path parameters and body." }, responseStatus: { required: true, type: () => Number, nullable: true, description: "NULL while the first request runs." }, responseBody: { required: true, type: () => Object }, createdAt: { required: true, type: () => Date }, completedAt: { required: true, type: () => Date, nullable: true }, expiresAt: { required: true, type: () => Date } };
    }
};
exports.IdempotencyKeyEntity = IdempotencyKeyEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'text' }),
    __metadata("design:type", String)
], IdempotencyKeyEntity.prototype, "brand", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'client_id', type: 'text' }),
    __metadata("design:type", String)
], IdempotencyKeyEntity.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'text' }),
    __metadata("design:type", String)
], IdempotencyKeyEntity.prototype, "subject", void 0);
__decorate([
    (0, typeorm_1.PrimaryColumn)({ name: 'idempotency_key', type: 'varchar', length: 255 }),
    __metadata("design:type", String)
], IdempotencyKeyEntity.prototype, "idempotencyKey", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'claim_id', type: 'uuid' }),
    __metadata("design:type", String)
], IdempotencyKeyEntity.prototype, "claimId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'request_hash', type: 'char', length: 64 }),
    __metadata("design:type", String)
], IdempotencyKeyEntity.prototype, "requestHash", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'response_status', type: 'smallint', nullable: true }),
    __metadata("design:type", Object)
], IdempotencyKeyEntity.prototype, "responseStatus", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'response_body', type: 'jsonb', nullable: true }),
    __metadata("design:type", Object)
], IdempotencyKeyEntity.prototype, "responseBody", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], IdempotencyKeyEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'completed_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], IdempotencyKeyEntity.prototype, "completedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'expires_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], IdempotencyKeyEntity.prototype, "expiresAt", void 0);
exports.IdempotencyKeyEntity = IdempotencyKeyEntity = __decorate([
    (0, typeorm_1.Entity)('idempotency_keys')
], IdempotencyKeyEntity);
//# sourceMappingURL=idempotency-key.entity.js.map