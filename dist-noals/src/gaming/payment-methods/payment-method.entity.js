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
exports.PaymentMethodEntity = exports.PAYMENT_TYPES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
exports.PAYMENT_TYPES = ['deposit', 'withdrawal'];
/**
 * A way a brand's players can deposit or withdraw, served by one payment provider. Amounts are
 * minor units of the player's currency, in `bigint` columns read as strings.
 *
 * NOTE: a method has no currency, so its limits and fee apply unchanged to players of every
 * currency of the brand.
 */
let PaymentMethodEntity = class PaymentMethodEntity {
    id;
    brandId;
    type;
    name;
    providerId;
    minAmount;
    maxAmount;
    /** Fixed fee the provider charges the player on top of the amount; the wallet moves only the amount. */
    fee;
    enabled;
    createdAt;
    updatedAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, brandId: { required: true, type: () => String }, type: { required: true, enum: ["deposit", "withdrawal"] }, name: { required: true, type: () => String }, providerId: { required: true, type: () => String }, minAmount: { required: true, type: () => String }, maxAmount: { required: true, type: () => String }, fee: { required: true, type: () => String, description: "Fixed fee the provider charges the player on top of the amount; the wallet moves only the amount." }, enabled: { required: true, type: () => Boolean }, createdAt: { required: true, type: () => Date }, updatedAt: { required: true, type: () => Date } };
    }
};
exports.PaymentMethodEntity = PaymentMethodEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'brand_id', type: 'uuid' }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "brandId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 16 }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 100 }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "name", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'provider_id', type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "providerId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'min_amount', type: 'bigint' }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "minAmount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'max_amount', type: 'bigint' }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "maxAmount", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], PaymentMethodEntity.prototype, "fee", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'boolean' }),
    __metadata("design:type", Boolean)
], PaymentMethodEntity.prototype, "enabled", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PaymentMethodEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.UpdateDateColumn)({ name: 'updated_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], PaymentMethodEntity.prototype, "updatedAt", void 0);
exports.PaymentMethodEntity = PaymentMethodEntity = __decorate([
    (0, typeorm_1.Entity)('payment_methods')
], PaymentMethodEntity);
//# sourceMappingURL=payment-method.entity.js.map