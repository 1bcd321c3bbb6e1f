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
exports.SessionEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/**
 * A player's login session: one refresh-token family. Access tokens carry its id as `sid`, so
 * revoking the session stops them too.
 */
let SessionEntity = class SessionEntity {
    id;
    userId;
    /** The internal id of the client, not its public client_id. */
    clientRef;
    brandId;
    /** Space-separated scope granted at login; refreshes may narrow it, never widen it. */
    scope;
    createdAt;
    /** Time of the latest refresh-token rotation, or null before the first refresh. */
    lastRefreshedAt;
    /** User-Agent header of the login or of the latest refresh, at most 512 characters. */
    userAgent;
    /** Client IP address of the login or of the latest refresh. */
    ip;
    revokedAt;
    revokedReason;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, userId: { required: true, type: () => String }, clientRef: { required: true, type: () => String, description: "The internal id of the client, not its public client_id." }, brandId: { required: true, type: () => String }, scope: { required: true, type: () => String, description: "Space-separated scope granted at login; refreshes may narrow it, never widen it." }, createdAt: { required: true, type: () => Date }, lastRefreshedAt: { required: true, type: () => Date, nullable: true, description: "Time of the latest refresh-token rotation, or null before the first refresh." }, userAgent: { required: true, type: () => String, nullable: true, description: "User-Agent header of the login or of the latest refresh, at most 512 characters." }, ip: { required: true, type: () => String, nullable: true, description: "Client IP address of the login or of the latest refresh." }, revokedAt: { required: true, type: () => Date, nullable: true }, revokedReason: { required: true, type: () => String, nullable: true } };
    }
};
exports.SessionEntity = SessionEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], SessionEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid' }),
    __metadata("design:type", String)
], SessionEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'client_ref', type: 'uuid' }),
    __metadata("design:type", String)
], SessionEntity.prototype, "clientRef", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], SessionEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], SessionEntity.prototype, "scope", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], SessionEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_refreshed_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], SessionEntity.prototype, "lastRefreshedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_agent', type: 'varchar', length: 512, nullable: true }),
    __metadata("design:type", Object)
], SessionEntity.prototype, "userAgent", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], SessionEntity.prototype, "ip", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'revoked_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], SessionEntity.prototype, "revokedAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'revoked_reason', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], SessionEntity.prototype, "revokedReason", void 0);
exports.SessionEntity = SessionEntity = __decorate([
    (0, typeorm_1.Entity)('sessions')
], SessionEntity);
//# sourceMappingURL=session.entity.js.map