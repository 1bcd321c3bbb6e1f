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
exports.PaymentTransactionEntity = exports.TRANSACTION_ACTIONS = exports.TRANSACTION_STATUSES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
/** Statuses of the XCaliber transactions schema. */
exports.TRANSACTION_STATUSES = [
    'started',
    'card_requested',
    'credentials_requested',
    'pending',
    'pending_approval',
    'completed',
    'failed',
    'cancelled',
    'approved',
    'declined',
    'refunded',
];
/** Actions the player must take to finish a transaction. */
exports.TRANSACTION_ACTIONS = [
    'add-card',
    'select-card',
    'provide-credentials',
    'redirect-to-url',
];
/** A player's deposit or withdrawal through a payment method of the brand. */
let PaymentTransactionEntity = class PaymentTransactionEntity {
    id;
    brandId;
    userId;
    walletId;
    methodId;
    providerId;
    type;
    /** Positive minor units of `currency`. */
    amount;
    /** ISO 4217, the wallet's currency. */
    currency;
    status;
    action;
    redirectUrl;
    /** The player's deposit bonus that the deposit activates once it completes. */
    bonusId;
    successUrl;
    failedUrl;
    pendingUrl;
    cancelUrl;
    /** The only part of a card number ever stored. */
    cardLast4;
    createdAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, userId: { required: true, type: () => String }, walletId: { required: true, type: () => String }, methodId: { required: true, type: () => String }, providerId: { required: true, type: () => String }, type: { required: true, enum: ["deposit", "withdrawal"] }, amount: { required: true, type: () => String, description: "Positive minor units of `currency`." }, currency: { required: true, type: () => String, description: "ISO 4217, the wallet's currency." }, status: { required: true, enum: ["pending", "started", "card_requested", "credentials_requested", "pending_approval", "completed", "failed", "cancelled", "approved", "declined", "refunded"] }, action: { required: true, nullable: true, enum: ["add-card", "select-card", "provide-credentials", "redirect-to-url"] }, redirectUrl: { required: true, type: () => String, nullable: true }, bonusId: { required: true, type: () => String, nullable: true, description: "The player's deposit bonus that the deposit activates once it completes." }, successUrl: { required: true, type: () => String, nullable: true }, failedUrl: { required: true, type: () => String, nullable: true }, pendingUrl: { required: true, type: () => String, nullable: true }, cancelUrl: { required: true, type: () => String, nullable: true }, cardLast4: { required: true, type: () => String, nullable: true, description: "The only part of a card number ever stored." }, createdAt: { required: true, type: () => Date }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.PaymentTransactionEntity = PaymentTransactionEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'user_id', type: 'uuid' }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "userId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wallet_id', type: 'uuid' }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "walletId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'method_id', type: 'uuid' }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "methodId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'provider_id', type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "providerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'char', length: 3 }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "currency", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 24 }),
    __metadata("design:type", String)
], PaymentTransactionEntity.prototype, "status", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 24, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "action", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'redirect_url', type: 'varchar', length: 2048, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "redirectUrl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'bonus_id', type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "bonusId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'success_url', type: 'varchar', length: 2048, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "successUrl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'failed_url', type: 'varchar', length: 2048, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "failedUrl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'pending_url', type: 'varchar', length: 2048, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "pendingUrl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'cancel_url', type: 'varchar', length: 2048, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "cancelUrl", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'card_last4', type: 'char', length: 4, nullable: true }),
    __metadata("design:type", Object)
], PaymentTransactionEntity.prototype, "cardLast4", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PaymentTransactionEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PaymentTransactionEntity.prototype, "updatedAt", void 0);
exports.PaymentTransactionEntity = PaymentTransactionEntity = __decorate([
    (0, typeorm_1.Entity)('payment_transactions')
], PaymentTransactionEntity);
//# sourceMappingURL=payment-transaction.entity.js.map