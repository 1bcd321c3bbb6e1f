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
exports.PaymentCallbackResultDto = exports.PaymentCallbackDto = exports.CALLBACK_OUTCOMES = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
/** Outcomes a provider may report in a callback. */
exports.CALLBACK_OUTCOMES = ['completed', 'failed'];
/** The JSON body a payment provider posts with the asynchronous result of a transaction. */
class PaymentCallbackDto {
    /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
    transaction_id;
    /**
     * The provider's id of this event, the same on every redelivery.
     * @example "evt_20260115_0001"
     */
    event_id;
    status;
    static _OPENAPI_METADATA_FACTORY() {
        return { transaction_id: { required: true, type: () => String, example: "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a", format: "uuid" }, event_id: { required: true, type: () => String, description: "The provider's id of this event, the same on every redelivery.", example: "evt_20260115_0001", pattern: "^[\\x21-\\x7e]{1,128}$" }, status: { required: true, enum: ["completed", "failed"], enum: exports.CALLBACK_OUTCOMES } };
    }
}
exports.PaymentCallbackDto = PaymentCallbackDto;
__decorate([
    (0, class_validator_1.IsUUID)(),
    __metadata("design:type", String)
], PaymentCallbackDto.prototype, "transaction_id", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^[\x21-\x7e]{1,128}$/, {
        message: 'event_id must be 1 to 128 printable ASCII characters without spaces',
    }),
    __metadata("design:type", String)
], PaymentCallbackDto.prototype, "event_id", void 0);
__decorate([
    (0, class_validator_1.IsIn)(exports.CALLBACK_OUTCOMES),
    __metadata("design:type", String)
], PaymentCallbackDto.prototype, "status", void 0);
/** The result of a callback. */
class PaymentCallbackResultDto {
    /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
    transaction_id;
    /** @example "evt_20260115_0001" */
    event_id;
    /** The transaction's status after the callback. */
    status;
    /**
     * True when this delivery changed the transaction; false for a repeat or an outdated event.
     * @example true
     */
    applied;
    static _OPENAPI_METADATA_FACTORY() {
        return { transaction_id: { required: true, type: () => String, example: "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" }, event_id: { required: true, type: () => String, example: "evt_20260115_0001" }, status: { required: true, description: "The transaction's status after the callback.", enum: ["pending", "started", "card_requested", "credentials_requested", "pending_approval", "completed", "failed", "cancelled", "approved", "declined", "refunded"] }, applied: { required: true, type: () => Boolean, description: "True when this delivery changed the transaction; false for a repeat or an outdated event.", example: true } };
    }
}
exports.PaymentCallbackResultDto = PaymentCallbackResultDto;
//# sourceMappingURL=payment-callback.dto.js.map