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
exports.CreatePaymentMethodDto = exports.UpdatePaymentMethodDto = exports.PaymentMethodQueryDto = exports.PaymentMethodListDto = exports.PaymentMethodDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const wallet_dto_1 = require("../../wallet/dto/wallet.dto");
const payment_method_entity_1 = require("../payment-method.entity");
class PaymentMethodDto {
    /** @example "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" */
    id;
    /** `deposit` or `withdrawal`. */
    type;
    /** @example "Sandbox card" */
    name;
    /** @example "sandbox" */
    provider_id;
    /**
     * Smallest accepted amount, in minor units.
     * @example 1000
     */
    min_amount;
    /**
     * Largest accepted amount, in minor units.
     * @example 500000
     */
    max_amount;
    /**
     * Fixed fee the provider charges on top of the amount, in minor units.
     * @example 0
     */
    fee;
    /** @example true */
    enabled;
    static from(method) {
        return {
            id: method.id,
            type: method.type,
            name: method.name,
            provider_id: method.providerId,
            min_amount: Number(method.minAmount),
            max_amount: Number(method.maxAmount),
            fee: Number(method.fee),
            enabled: method.enabled,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" }, type: { required: true, description: "`deposit` or `withdrawal`.", enum: ["deposit", "withdrawal"] }, name: { required: true, type: () => String, example: "Sandbox card" }, provider_id: { required: true, type: () => String, example: "sandbox" }, min_amount: { required: true, type: () => Number, description: "Smallest accepted amount, in minor units.", example: 1000 }, max_amount: { required: true, type: () => Number, description: "Largest accepted amount, in minor units.", example: 500000 }, fee: { required: true, type: () => Number, description: "Fixed fee the provider charges on top of the amount, in minor units.", example: 0 }, enabled: { required: true, type: () => Boolean, example: true } };
    }
}
exports.PaymentMethodDto = PaymentMethodDto;
class PaymentMethodListDto {
    data;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./payment-method.dto").PaymentMethodDto] } };
    }
}
exports.PaymentMethodListDto = PaymentMethodListDto;
class PaymentMethodQueryDto {
    type;
    static _OPENAPI_METADATA_FACTORY() {
        return { type: { required: false, enum: ["deposit", "withdrawal"], enum: payment_method_entity_1.PAYMENT_TYPES } };
    }
}
exports.PaymentMethodQueryDto = PaymentMethodQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(payment_method_entity_1.PAYMENT_TYPES),
    __metadata("design:type", String)
], PaymentMethodQueryDto.prototype, "type", void 0);
/** Fields a back office may change on a payment method. */
class UpdatePaymentMethodDto {
    /** @example "Sandbox card" */
    name;
    /**
     * Minor units, at least 1.
     * @example 1000
     */
    min_amount;
    /**
     * Minor units, at least min_amount.
     * @example 500000
     */
    max_amount;
    /**
     * Minor units.
     * @example 0
     */
    fee;
    /** @example true */
    enabled;
    static _OPENAPI_METADATA_FACTORY() {
        return { name: { required: false, type: () => String, example: "Sandbox card", minLength: 1, maxLength: 100 }, min_amount: { required: false, type: () => Number, description: "Minor units, at least 1.", example: 1000, minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, max_amount: { required: false, type: () => Number, description: "Minor units, at least min_amount.", example: 500000, minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, fee: { required: false, type: () => Number, description: "Minor units.", example: 0, minimum: 0, maximum: wallet_dto_1.MAX_AMOUNT }, enabled: { required: false, type: () => Boolean, example: true } };
    }
}
exports.UpdatePaymentMethodDto = UpdatePaymentMethodDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], UpdatePaymentMethodDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], UpdatePaymentMethodDto.prototype, "min_amount", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], UpdatePaymentMethodDto.prototype, "max_amount", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], UpdatePaymentMethodDto.prototype, "fee", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], UpdatePaymentMethodDto.prototype, "enabled", void 0);
class CreatePaymentMethodDto {
    type;
    /** @example "Sandbox card" */
    name;
    /**
     * Id of the provider serving the method; `sandbox` is built in.
     * @example "sandbox"
     */
    provider_id;
    /**
     * Minor units, at least 1.
     * @example 1000
     */
    min_amount;
    /**
     * Minor units, at least min_amount.
     * @example 500000
     */
    max_amount;
    /**
     * Minor units; 0 when left out.
     * @example 0
     */
    fee;
    /**
     * True when left out.
     * @example true
     */
    enabled;
    static _OPENAPI_METADATA_FACTORY() {
        return { type: { required: true, enum: ["deposit", "withdrawal"], enum: payment_method_entity_1.PAYMENT_TYPES }, name: { required: true, type: () => String, example: "Sandbox card", minLength: 1, maxLength: 100 }, provider_id: { required: true, type: () => String, description: "Id of the provider serving the method; `sandbox` is built in.", example: "sandbox", pattern: "^[a-z0-9_-]{1,32}$" }, min_amount: { required: true, type: () => Number, description: "Minor units, at least 1.", example: 1000, minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, max_amount: { required: true, type: () => Number, description: "Minor units, at least min_amount.", example: 500000, minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, fee: { required: false, type: () => Number, description: "Minor units; 0 when left out.", example: 0, minimum: 0, maximum: wallet_dto_1.MAX_AMOUNT }, enabled: { required: false, type: () => Boolean, description: "True when left out.", example: true } };
    }
}
exports.CreatePaymentMethodDto = CreatePaymentMethodDto;
__decorate([
    (0, class_validator_1.IsIn)(payment_method_entity_1.PAYMENT_TYPES),
    __metadata("design:type", String)
], CreatePaymentMethodDto.prototype, "type", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(100),
    __metadata("design:type", String)
], CreatePaymentMethodDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[a-z0-9_-]{1,32}$/, { message: 'provider_id must be 1-32 of a-z, 0-9, _ and -' }),
    __metadata("design:type", String)
], CreatePaymentMethodDto.prototype, "provider_id", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], CreatePaymentMethodDto.prototype, "min_amount", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], CreatePaymentMethodDto.prototype, "max_amount", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], CreatePaymentMethodDto.prototype, "fee", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], CreatePaymentMethodDto.prototype, "enabled", void 0);
//# sourceMappingURL=payment-method.dto.js.map