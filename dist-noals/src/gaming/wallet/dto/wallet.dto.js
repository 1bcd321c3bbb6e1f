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
exports.WalletReconciliationDto = exports.AdjustmentDto = exports.LedgerQueryDto = exports.LedgerPageDto = exports.LedgerEntryDto = exports.WalletDto = exports.MAX_AMOUNT = void 0;
const openapi = require("@nestjs/swagger");
const class_validator_1 = require("class-validator");
const pagination_dto_1 = require("../../../common/pagination/pagination.dto");
const ledger_entry_entity_1 = require("../ledger-entry.entity");
const calendar_date_1 = require("../../../common/calendar-date");
/** Largest amount one request may move: 10^13 minor units, far inside a JS number's exact range. */
exports.MAX_AMOUNT = 10_000_000_000_000;
/**
 * Converts a bigint column, read as a string, to a JSON number.
 * NOTE: nothing caps a balance, and one built from many credits can pass 2^53 minor units, where
 * the number returned is rounded. The stored balance and ledger stay exact.
 */
function toNumber(value) {
    return Number(value);
}
class WalletDto {
    /**
     * ISO 4217.
     * @example "EUR"
     */
    currency;
    /**
     * Withdrawable money, in minor units.
     * @example 12550
     */
    real_balance;
    /**
     * Bonus money, in minor units; it becomes real when the bonus's wager goal is reached.
     * @example 2000
     */
    bonus_balance;
    /**
     * real_balance + bonus_balance.
     * @example 14550
     */
    total_balance;
    /**
     * Whether the player has made a completed deposit.
     * @example true
     */
    deposited;
    static from(wallet, deposited) {
        const real = toNumber(wallet.realBalance);
        const bonus = toNumber(wallet.bonusBalance);
        return {
            currency: wallet.currency,
            real_balance: real,
            bonus_balance: bonus,
            total_balance: real + bonus,
            deposited,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { currency: { required: true, type: () => String, description: "ISO 4217.", example: "EUR" }, real_balance: { required: true, type: () => Number, description: "Withdrawable money, in minor units.", example: 12550 }, bonus_balance: { required: true, type: () => Number, description: "Bonus money, in minor units; it becomes real when the bonus's wager goal is reached.", example: 2000 }, total_balance: { required: true, type: () => Number, description: "real_balance + bonus_balance.", example: 14550 }, deposited: { required: true, type: () => Boolean, description: "Whether the player has made a completed deposit.", example: true } };
    }
}
exports.WalletDto = WalletDto;
class LedgerEntryDto {
    /** @example "1042" */
    id;
    /** @example "deposit" */
    type;
    /**
     * `real` or `bonus`.
     * @example "real"
     */
    balance;
    /**
     * Signed minor units: positive credits, negative debits.
     * @example 5000
     */
    amount;
    /**
     * The balance right after this entry, in minor units.
     * @example 12550
     */
    balance_after;
    /**
     * `transaction`, `round`, `bonus` or `adjustment`.
     * @example "transaction"
     */
    reference_type;
    /** @example "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" */
    reference_id;
    /** @example "2026-01-15T09:30:00.000Z" */
    created_at;
    static from(entry) {
        return {
            id: String(entry.id),
            type: entry.type,
            balance: entry.balance,
            amount: toNumber(entry.amount),
            balance_after: toNumber(entry.balanceAfter),
            reference_type: entry.referenceType,
            reference_id: entry.referenceId,
            created_at: entry.createdAt,
        };
    }
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String, example: "1042" }, type: { required: true, example: "deposit", enum: ["deposit", "withdrawal", "withdrawal_reversal", "bet", "win", "bonus_credit", "bonus_conversion", "bonus_forfeit", "adjustment"] }, balance: { required: true, description: "`real` or `bonus`.", example: "real", enum: ["real", "bonus"] }, amount: { required: true, type: () => Number, description: "Signed minor units: positive credits, negative debits.", example: 5000 }, balance_after: { required: true, type: () => Number, description: "The balance right after this entry, in minor units.", example: 12550 }, reference_type: { required: true, type: () => String, nullable: true, description: "`transaction`, `round`, `bonus` or `adjustment`.", example: "transaction" }, reference_id: { required: true, type: () => String, nullable: true, example: "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a" }, created_at: { required: true, type: () => Date, example: "2026-01-15T09:30:00.000Z" } };
    }
}
exports.LedgerEntryDto = LedgerEntryDto;
class LedgerPageDto {
    data;
    /** @example 1 */
    page;
    /** @example 20 */
    per_page;
    /** @example 42 */
    total;
    static _OPENAPI_METADATA_FACTORY() {
        return { data: { required: true, type: () => [require("./wallet.dto").LedgerEntryDto] }, page: { required: true, type: () => Number, example: 1 }, per_page: { required: true, type: () => Number, example: 20 }, total: { required: true, type: () => Number, example: 42 } };
    }
}
exports.LedgerPageDto = LedgerPageDto;
class LedgerQueryDto extends pagination_dto_1.PaginationQueryDto {
    type;
    /** Entries at or after this ISO 8601 time. */
    from;
    /** Entries before this ISO 8601 time. */
    to;
    static _OPENAPI_METADATA_FACTORY() {
        return { type: { required: false, enum: ["deposit", "withdrawal", "withdrawal_reversal", "bet", "win", "bonus_credit", "bonus_conversion", "bonus_forfeit", "adjustment"], enum: ledger_entry_entity_1.LEDGER_ENTRY_TYPES }, from: { required: false, type: () => Date, description: "Entries at or after this ISO 8601 time." }, to: { required: false, type: () => Date, description: "Entries before this ISO 8601 time." } };
    }
}
exports.LedgerQueryDto = LedgerQueryDto;
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsIn)(ledger_entry_entity_1.LEDGER_ENTRY_TYPES),
    __metadata("design:type", String)
], LedgerQueryDto.prototype, "type", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'from must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], LedgerQueryDto.prototype, "from", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, calendar_date_1.CalendarDate)(),
    (0, class_validator_1.IsDate)({ message: 'to must be an ISO 8601 date-time' }),
    __metadata("design:type", Date)
], LedgerQueryDto.prototype, "to", void 0);
/** A back-office correction of one balance. */
class AdjustmentDto {
    balance;
    /** Signed minor units, non-zero: positive credits, negative debits. */
    amount;
    /**
     * The reason for the correction, stored in the audit log.
     * @example "Goodwill credit after a failed game round"
     */
    reason;
    static _OPENAPI_METADATA_FACTORY() {
        return { balance: { required: true, enum: ["real", "bonus"], enum: ['real', 'bonus'] }, reason: { required: true, type: () => String, description: "The reason for the correction, stored in the audit log.", example: "Goodwill credit after a failed game round", minLength: 3, maxLength: 500 } };
    }
}
exports.AdjustmentDto = AdjustmentDto;
__decorate([
    (0, class_validator_1.IsIn)(['real', 'bonus']),
    __metadata("design:type", String)
], AdjustmentDto.prototype, "balance", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.NotEquals)(0),
    (0, class_validator_1.Min)(-exports.MAX_AMOUNT),
    (0, class_validator_1.Max)(exports.MAX_AMOUNT),
    __metadata("design:type", Number)
], AdjustmentDto.prototype, "amount", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(3),
    (0, class_validator_1.MaxLength)(500),
    __metadata("design:type", String)
], AdjustmentDto.prototype, "reason", void 0);
class WalletReconciliationDto {
    /**
     * True when each balance equals the sum of its ledger entries.
     * @example true
     */
    consistent;
    /** @example 12550 */
    real_balance;
    /** @example 12550 */
    real_ledger_sum;
    /** @example 2000 */
    bonus_balance;
    /** @example 2000 */
    bonus_ledger_sum;
    static _OPENAPI_METADATA_FACTORY() {
        return { consistent: { required: true, type: () => Boolean, description: "True when each balance equals the sum of its ledger entries.", example: true }, real_balance: { required: true, type: () => Number, example: 12550 }, real_ledger_sum: { required: true, type: () => Number, example: 12550 }, bonus_balance: { required: true, type: () => Number, example: 2000 }, bonus_ledger_sum: { required: true, type: () => Number, example: 2000 } };
    }
}
exports.WalletReconciliationDto = WalletReconciliationDto;
//# sourceMappingURL=wallet.dto.js.map