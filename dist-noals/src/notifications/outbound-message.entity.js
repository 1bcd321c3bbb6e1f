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
exports.OutboundMessageEntity = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/**
 * A message waiting for a mailer or SMS worker (the transactional outbox pattern). The worker
 * sends the rows whose `sent_at` is null and sets it. `data` may hold a one-time code.
 */
let OutboundMessageEntity = class OutboundMessageEntity {
    id;
    brandId;
    userId;
    /** `email` or `sms`. */
    channel;
    recipient;
    template;
    data;
    createdAt;
    sentAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, userId: { required: true, type: () => String, nullable: true }, channel: { required: true, type: () => String, description: "`email` or `sms`." }, recipient: { required: true, type: () => String }, template: { required: true, type: () => String }, data: { required: true, type: "object", additionalProperties: { type: "string" } }, createdAt: { required: true, type: () => Date }, sentAt: { required: true, type: () => Date, nullable: true } };
    }
};
exports.OutboundMessageEntity = OutboundMessageEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], OutboundMessageEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], OutboundMessageEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid', nullable: true }),
    __metadata("design:type", Object)
], OutboundMessageEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], OutboundMessageEntity.prototype, "channel", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 254 }),
    __metadata("design:type", String)
], OutboundMessageEntity.prototype, "recipient", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 64 }),
    __metadata("design:type", String)
], OutboundMessageEntity.prototype, "template", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb' }),
    __metadata("design:type", Object)
], OutboundMessageEntity.prototype, "data", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], OutboundMessageEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'sent_at', type: 'timestamptz', nullable: true }),
    __metadata("design:type", Object)
], OutboundMessageEntity.prototype, "sentAt", void 0);
exports.OutboundMessageEntity = OutboundMessageEntity = __decorate([
    (0, typeorm_1.Entity)('outbound_messages')
], OutboundMessageEntity);
//# sourceMappingURL=outbound-message.entity.js.map