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
exports.AuditEventEntity = exports.AUDIT_EVENT_TYPES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
exports.AUDIT_EVENT_TYPES = [
    'token_issued',
    'refresh_token_reused',
    'authorization_code_reused',
    'session_revoked',
    'login_failed',
    'account_locked',
    'password_changed',
    'self_exclusion_set',
    'client_authentication_failed',
    'client_created',
    'client_updated',
    'client_secret_rotated',
    'player_registered',
    'player_activated',
    'token_revoked',
    'wallet_adjusted',
    'deposit_limit_changed',
    'withdrawal_approved',
    'withdrawal_declined',
    'payment_callback_rejected',
    'bonus_claimed',
    'bonus_triggered',
    'bonus_converted',
    'bonus_forfeited',
    'bonus_expired',
    'loss_limit_changed',
    'game_session_started',
    'game_session_ended',
    'game_round_rejected',
    'brand_settings_changed',
    'signing_key_rotated',
];
/** One security-relevant event. Never contains a token, code, secret or password. */
let AuditEventEntity = class AuditEventEntity {
    id;
    brandId;
    type;
    /** The public client_id involved, if any. */
    clientId;
    userId;
    sessionId;
    requestId;
    ip;
    /** Event-specific facts, such as the grant type or the reason of a failure. */
    details;
    createdAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String, nullable: true }, type: { required: true, enum: ["token_issued", "refresh_token_reused", "authorization_code_reused", "session_revoked", "login_failed", "account_locked", "password_changed", "self_exclusion_set", "client_authentication_failed", "client_created", "client_updated", "client_secret_rotated", "player_registered", "player_activated", "token_revoked", "wallet_adjusted", "deposit_limit_changed", "withdrawal_approved", "withdrawal_declined", "payment_callback_rejected", "bonus_claimed", "bonus_triggered", "bonus_converted", "bonus_forfeited", "bonus_expired", "loss_limit_changed", "game_session_started", "game_session_ended", "game_round_rejected", "brand_settings_changed", "signing_key_rotated"] }, clientId: { required: true, type: () => String, nullable: true, description: "The public client_id involved, if any." }, userId: { required: true, type: () => String, nullable: true }, sessionId: { required: true, type: () => String, nullable: true }, requestId: { required: true, type: () => String, nullable: true }, ip: { required: true, type: () => String, nullable: true }, details: { required: true, type: "object", additionalProperties: true, description: "Event-specific facts, such as the grant type or the reason of a failure." }, createdAt: { required: true, type: () => Date } };
    }
};
exports.AuditEventEntity = AuditEventEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)({ type: 'bigint' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 48 }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'client_id', type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "clientId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'session_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "sessionId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'request_id', type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "requestId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "ip", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb', default: () => "'{}'" }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "details", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], AuditEventEntity.prototype, "createdAt", void 0);
exports.AuditEventEntity = AuditEventEntity = __decorate([
    (0, typeorm_1.Entity)('audit_events')
], AuditEventEntity);
//# sourceMappingURL=audit-event.entity.js.map