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
exports.AuditEventPageDto = exports.AuditEventDto = exports.AuditEventQueryDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../common/pagination/pagination.dto");
const audit_event_entity_1 = require("../audit-event.entity");
const calendar_date_1 = require("../../common/calendar-date");
class AuditEventQueryDto extends pagination_dto_1.PaginationQueryDto {
    user_id;
    client_id;
    type;
    /** Events at or after this ISO 8601 time. */
    from;
    /** Events before this ISO 8601 time. */
    to;
    static _OPENAPI_METADATA_FACTORY() {
        return { user_id: { required: false, type: () => String, format: "uuid" }, client_id: { required: false, type: () => String, pattern: "^[a-z0-9][a-z0-9._-]{1,63}$" }, type: { required: false, enum: ["token_issued", "refresh_token_reused", "authorization_code_reused", "session_revoked", "login_failed", "account_locked", "password_changed", "self_exclusion_set", "client_authentication_failed", "client_created", "client_updated", "client_secret_rotated", "player_registered", "player_activated", "token_revoked", "wallet_adjusted", "deposit_limit_changed", "withdrawal_approved", "withdrawal_declined", "payment_callback_rejected", "bonus_claimed", "bonus_triggered", "bonus_converted", "bonus_forfeited", "bonus_expired", "loss_limit_changed", "game_session_started", "game_session_ended", "game_round_rejected", "brand_settings_changed", "signing_key_rotated"], enum: audit_event_entity_1.AUDIT_EVENT_TYPES }, from: { required: false, type: () => Date, description: "Events at or after this ISO 8601 time." }, to: { required: false, type: () => Date, description: "Events before this ISO 8601 time." } };
    }
}
exports.AuditEventQueryDto = AuditEventQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsUUID)(),
    __metadata("design:type", String)
], AuditEventQueryDto.prototype, "user_id", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'client_id must be a client identifier' }),
    __metadata("design:type", String)
], AuditEventQueryDto.prototype, "client_id", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(audit_event_entity_1.AUDIT_EVENT_TYPES),
    __metadata("design:type", String)
], AuditEventQueryDto.prototype, "type", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'from must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], AuditEventQueryDto.prototype, "from", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'to must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], AuditEventQueryDto.prototype, "to", void 0);
class AuditEventDto {
    /** @example "2051" */
    id;
    type;
    /** @example "xcasino" */
    client_id;
    /** @example "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" */
    user_id;
    /** @example "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90" */
    session_id;
    /** @example "2f1c0d1e-5b8a-4d8e-9a43-6f0b7c2d9e11" */
    request_id;
    /** @example "203.0.113.7" */
    ip;
    /** @example {"grant_type": "password"} */
    details;
    /** @example "2026-01-15T09:30:00.000Z" */
    created_at;
    static from(event) {
        return {
            id: event.id,
            type: event.type,
            client_id: event.clientId,
            user_id: event.userId,
            session_id: event.sessionId,
            request_id: event.requestId,
            ip: event.ip,
            details: event.details,
            created_at: event.createdAt,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "2051" }, type: { required: true, enum: ["token_issued", "refresh_token_reused", "authorization_code_reused", "session_revoked", "login_failed", "account_locked", "password_changed", "self_exclusion_set", "client_authentication_failed", "client_created", "client_updated", "client_secret_rotated", "player_registered", "player_activated", "token_revoked", "wallet_adjusted", "deposit_limit_changed", "withdrawal_approved", "withdrawal_declined", "payment_callback_rejected", "bonus_claimed", "bonus_triggered", "bonus_converted", "bonus_forfeited", "bonus_expired", "loss_limit_changed", "game_session_started", "game_session_ended", "game_round_rejected", "brand_settings_changed", "signing_key_rotated"] }, client_id: { required: true, type: () => String, nullable: true, example: "xcasino" }, user_id: { required: true, type: () => String, nullable: true, example: "7b2f5c1e-9d3a-4e8b-a6f0-1c2d3e4f5a6b" }, session_id: { required: true, type: () => String, nullable: true, example: "c0a8012e-4f1b-4c7a-9e55-2b8f6d3a1e90" }, request_id: { required: true, type: () => String, nullable: true, example: "2f1c0d1e-5b8a-4d8e-9a43-6f0b7c2d9e11" }, ip: { required: true, type: () => String, nullable: true, example: "203.0.113.7" }, details: { required: true, type: "object", additionalProperties: true, example: { "grant_type": "password" } }, created_at: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" } };
    }
}
exports.AuditEventDto = AuditEventDto;
class AuditEventPageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 42 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./audit-event.dto").AuditEventDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 42 } };
    }
}
exports.AuditEventPageDto = AuditEventPageDto;
//# sourceMappingURL=audit-event.dto.js.map