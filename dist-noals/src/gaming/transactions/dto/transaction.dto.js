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
exports.TransactionQueryDto = exports.TransactionPageDto = exports.TransactionDto = exports.TransactionLinksDto = exports.LinkDto = exports.DeclineTransactionDto = exports.UpdateTransactionDto = exports.PATCH_ACTIONS = exports.StartTransactionDto = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../../common/pagination/pagination.dto");
const payment_method_entity_1 = require("../../payment-methods/payment-method.entity");
const wallet_dto_1 = require("../../wallet/dto/wallet.dto");
const payment_transaction_entity_1 = require("../payment-transaction.entity");
const calendar_date_1 = require("../../../common/calendar-date");
const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
const URL_MESSAGE = (field) => `${field} must be an http or https URL`;
class StartTransactionDto {
    type;
    /** @example "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" */
    method_id;
    /**
     * Defaults to the method's provider; when given it must be that provider.
     * @example "sandbox"
     */
    provider_id;
    /**
     * Positive minor units, within the method's min_amount and max_amount.
     * @example 5000
     */
    amount;
    /**
     * Bonus to trigger once the deposit completes.
     * @example "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"
     */
    bonus_id;
    /** @example "https://xcasino.example.com/cashier/success" */
    success_url;
    /** @example "https://xcasino.example.com/cashier/failed" */
    failed_url;
    /** @example "https://xcasino.example.com/cashier/pending" */
    pending_url;
    /** @example "https://xcasino.example.com/cashier/cancel" */
    cancel_url;
    static _OPENAPI_METADATA_FACTORY() {
        return { type: { required: true, enum: ["deposit", "withdrawal"], enum: payment_method_entity_1.PAYMENT_TYPES }, method_id: { required: true, type: () => String, example: "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b", format: "uuid" }, provider_id: { required: false, type: () => String, description: "Defaults to the method's provider; when given it must be that provider.", example: "sandbox", maxLength: 32 }, amount: { required: true, type: () => Number, description: "Positive minor units, within the method's min_amount and max_amount.", example: 5000, minimum: 1, maximum: wallet_dto_1.MAX_AMOUNT }, bonus_id: { required: false, type: () => String, description: "Bonus to trigger once the deposit completes.", example: "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", minLength: 1, maxLength: 64 }, success_url: { required: false, type: () => String, example: "https://xcasino.example.com/cashier/success", maxLength: 2048, format: "uri" }, failed_url: { required: false, type: () => String, example: "https://xcasino.example.com/cashier/failed", maxLength: 2048, format: "uri" }, pending_url: { required: false, type: () => String, example: "https://xcasino.example.com/cashier/pending", maxLength: 2048, format: "uri" }, cancel_url: { required: false, type: () => String, example: "https://xcasino.example.com/cashier/cancel", maxLength: 2048, format: "uri" } };
    }
}
exports.StartTransactionDto = StartTransactionDto;
__decorate([
    (0, class_validator_1.IsIn)(payment_method_entity_1.PAYMENT_TYPES),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "type", void 0);
__decorate([
    (0, class_validator_1.IsUUID)(),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "method_id", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(32),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "provider_id", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(1),
    (0, class_validator_1.Max)(wallet_dto_1.MAX_AMOUNT),
    __metadata("design:type", Number)
], StartTransactionDto.prototype, "amount", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "bonus_id", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MaxLength)(2048),
    (0, class_validator_1.IsUrl)(HTTP_URL, { message: URL_MESSAGE('success_url') }),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "success_url", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MaxLength)(2048),
    (0, class_validator_1.IsUrl)(HTTP_URL, { message: URL_MESSAGE('failed_url') }),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "failed_url", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MaxLength)(2048),
    (0, class_validator_1.IsUrl)(HTTP_URL, { message: URL_MESSAGE('pending_url') }),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "pending_url", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.MaxLength)(2048),
    (0, class_validator_1.IsUrl)(HTTP_URL, { message: URL_MESSAGE('cancel_url') }),
    __metadata("design:type", String)
], StartTransactionDto.prototype, "cancel_url", void 0);
exports.PATCH_ACTIONS = ['add-card', 'select-card', 'provide-credentials', 'cancel'];
/** The data for the action a transaction requested, or `cancel`. */
class UpdateTransactionDto {
    action;
    /**
     * For `add-card`: only its last four digits are stored.
     * @example "4111111111111111"
     */
    card_number;
    /**
     * For `add-card`: MM/YY.
     * @example "12/29"
     */
    expiry;
    /**
     * For `add-card`: never stored.
     * @example "123"
     */
    cvv;
    /**
     * For `select-card`: the provider's id of a card saved earlier.
     * @example "card_5f6a7b"
     */
    card_id;
    /**
     * For `provide-credentials`: the login at the provider; never stored.
     * @example "ada.lovelace"
     */
    username;
    /**
     * For `provide-credentials`: never stored.
     * @example "bank-login-pass"
     */
    password;
    static _OPENAPI_METADATA_FACTORY() {
        return { action: { required: true, enum: ["add-card", "select-card", "provide-credentials", "cancel"], enum: exports.PATCH_ACTIONS }, card_number: { required: false, type: () => String, description: "For `add-card`: only its last four digits are stored.", example: "4111111111111111", format: "credit-card" }, expiry: { required: false, type: () => String, description: "For `add-card`: MM/YY.", example: "12/29", pattern: "^(0[1-9]|1[0-2])\\/\\d{2}$" }, cvv: { required: false, type: () => String, description: "For `add-card`: never stored.", example: "123", pattern: "^\\d{3,4}$" }, card_id: { required: false, type: () => String, description: "For `select-card`: the provider's id of a card saved earlier.", example: "card_5f6a7b", minLength: 1, maxLength: 64 }, username: { required: false, type: () => String, description: "For `provide-credentials`: the login at the provider; never stored.", example: "ada.lovelace", minLength: 1, maxLength: 256 }, password: { required: false, type: () => String, description: "For `provide-credentials`: never stored.", example: "bank-login-pass", minLength: 1, maxLength: 256 } };
    }
}
exports.UpdateTransactionDto = UpdateTransactionDto;
__decorate([
    (0, class_validator_1.IsIn)(exports.PATCH_ACTIONS),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "action", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((dto) => dto.action === 'add-card'),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsCreditCard)({ message: 'card_number must be a valid card number' }),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "card_number", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((dto) => dto.action === 'add-card'),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^(0[1-9]|1[0-2])\/\d{2}$/, { message: 'expiry must be MM/YY' }),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "expiry", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((dto) => dto.action === 'add-card'),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Matches)(/^\d{3,4}$/, { message: 'cvv must be 3 or 4 digits' }),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "cvv", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((dto) => dto.action === 'select-card'),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(64),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "card_id", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((dto) => dto.action === 'provide-credentials'),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(256),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "username", void 0);
__decorate([
    (0, class_validator_1.ValidateIf)((dto) => dto.action === 'provide-credentials'),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(1),
    (0, class_validator_1.MaxLength)(256),
    __metadata("design:type", String)
], UpdateTransactionDto.prototype, "password", void 0);
class DeclineTransactionDto {
    /**
     * Reason for the decline, stored in the audit log.
     * @example "Documents do not match the account holder"
     */
    reason;
    static _OPENAPI_METADATA_FACTORY() {
        return { reason: { required: false, type: () => String, description: "Reason for the decline, stored in the audit log.", example: "Documents do not match the account holder", maxLength: 500 } };
    }
}
exports.DeclineTransactionDto = DeclineTransactionDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], DeclineTransactionDto.prototype, "reason", void 0);
/** A HAL link. */
class LinkDto {
    /** @example "/transactions/8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
    href;
    static _OPENAPI_METADATA_FACTORY() {
        return { href: { required: true, type: () => String, example: "/transactions/8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" } };
    }
}
exports.LinkDto = LinkDto;
class TransactionLinksDto {
    self;
    static _OPENAPI_METADATA_FACTORY() {
        return { self: { required: true, type: () => require("./transaction.dto").LinkDto } };
    }
}
exports.TransactionLinksDto = TransactionLinksDto;
class TransactionDto {
    /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
    id;
    type;
    /**
     * Minor units.
     * @example 5000
     */
    amount;
    /**
     * ISO 4217.
     * @example "EUR"
     */
    currency;
    status;
    /** The player's next action, or null. */
    action;
    /** @example "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" */
    method_id;
    /** @example "sandbox" */
    provider_id;
    /**
     * URL to send the player to for `redirect-to-url`, else null.
     * @example "https://sandbox.example.com/pay/8d9e0f1a"
     */
    redirect_url;
    /** @example "2026-01-15T09:30:00.000Z" */
    start_date;
    _links;
    static from(transaction) {
        return {
            id: transaction.id,
            type: transaction.type,
            amount: Number(transaction.amount),
            currency: transaction.currency,
            status: transaction.status,
            action: transaction.action,
            method_id: transaction.methodId,
            provider_id: transaction.providerId,
            redirect_url: transaction.redirectUrl,
            start_date: transaction.createdAt,
            _links: { self: { href: `/transactions/${transaction.id}` } },
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" }, type: { required: true, enum: ["deposit", "withdrawal"] }, amount: { required: true, type: () => Number, description: "Minor units.", example: 5000 }, currency: { required: true, type: () => String, description: "ISO 4217.", example: "EUR" }, status: { required: true, enum: ["pending", "started", "card_requested", "credentials_requested", "pending_approval", "completed", "failed", "cancelled", "approved", "declined", "refunded"] }, action: { required: true, nullable: true, description: "The player's next action, or null.", enum: ["add-card", "select-card", "provide-credentials", "redirect-to-url"] }, method_id: { required: true, type: () => String, example: "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b" }, provider_id: { required: true, type: () => String, example: "sandbox" }, redirect_url: { required: true, type: () => String, nullable: true, description: "URL to send the player to for `redirect-to-url`, else null.", example: "https://sandbox.example.com/pay/8d9e0f1a" }, start_date: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" }, _links: { required: true, type: () => require("./transaction.dto").TransactionLinksDto } };
    }
}
exports.TransactionDto = TransactionDto;
class TransactionPageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 42 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./transaction.dto").TransactionDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 42 } };
    }
}
exports.TransactionPageDto = TransactionPageDto;
class TransactionQueryDto extends pagination_dto_1.PaginationQueryDto {
    type;
    status;
    /** Transactions started at or after this ISO 8601 time. */
    from;
    /** Transactions started before this ISO 8601 time. */
    to;
    static _OPENAPI_METADATA_FACTORY() {
        return { type: { required: false, enum: ["deposit", "withdrawal"], enum: payment_method_entity_1.PAYMENT_TYPES }, status: { required: false, enum: ["pending", "started", "card_requested", "credentials_requested", "pending_approval", "completed", "failed", "cancelled", "approved", "declined", "refunded"], enum: payment_transaction_entity_1.TRANSACTION_STATUSES }, from: { required: false, type: () => Date, description: "Transactions started at or after this ISO 8601 time." }, to: { required: false, type: () => Date, description: "Transactions started before this ISO 8601 time." } };
    }
}
exports.TransactionQueryDto = TransactionQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(payment_method_entity_1.PAYMENT_TYPES),
    __metadata("design:type", String)
], TransactionQueryDto.prototype, "type", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(payment_transaction_entity_1.TRANSACTION_STATUSES),
    __metadata("design:type", String)
], TransactionQueryDto.prototype, "status", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'from must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], TransactionQueryDto.prototype, "from", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'to must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], TransactionQueryDto.prototype, "to", void 0);
//# sourceMappingURL=transaction.dto.js.map