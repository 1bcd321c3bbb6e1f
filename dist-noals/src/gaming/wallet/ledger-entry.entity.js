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
exports.LedgerEntryEntity = exports.LEDGER_ENTRY_TYPES = void 0;
const openapi = require("@nestjs/swagger");
const typeorm_1 = require("typeorm");
exports.LEDGER_ENTRY_TYPES = [
    'deposit',
    'withdrawal',
    'withdrawal_reversal',
    'bet',
    'win',
    'bonus_credit',
    'bonus_conversion',
    'bonus_forfeit',
    'adjustment',
];
/**
 * One movement of one balance of a wallet. Entries are only ever inserted, in the same
 * transaction as the balance change, so each balance equals the sum of its entries.
 */
let LedgerEntryEntity = class LedgerEntryEntity {
    id;
    walletId;
    type;
    balance;
    /** Signed minor units: positive credits, negative debits. */
    amount;
    /** The balance right after this entry, in minor units. */
    balanceAfter;
    /** Kind of record that caused the movement: `transaction`, `round`, `bonus` or `adjustment`. */
    referenceType;
    referenceId;
    createdAt;
    static _OPENAPI_METADATA_FACTORY() {
        return { id: { required: true, type: () => String }, walletId: { required: true, type: () => String }, type: { required: true, enum: ["deposit", "withdrawal", "withdrawal_reversal", "bet", "win", "bonus_credit", "bonus_conversion", "bonus_forfeit", "adjustment"] }, balance: { required: true, enum: ["real", "bonus"] }, amount: { required: true, type: () => String, description: "Signed minor units: positive credits, negative debits." }, balanceAfter: { required: true, type: () => String, description: "The balance right after this entry, in minor units." }, referenceType: { required: true, type: () => String, nullable: true, description: "Kind of record that caused the movement: `transaction`, `round`, `bonus` or `adjustment`." }, referenceId: { required: true, type: () => String, nullable: true }, createdAt: { required: true, type: () => Date } };
    }
};
exports.LedgerEntryEntity = LedgerEntryEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)({ type: 'bigint' }),
    __metadata("design:type", String)
], LedgerEntryEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'wallet_id', type: 'uuid' }),
    __metadata("design:type", String)
], LedgerEntryEntity.prototype, "walletId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 32 }),
    __metadata("design:type", String)
], LedgerEntryEntity.prototype, "type", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'varchar', length: 8 }),
    __metadata("design:type", String)
], LedgerEntryEntity.prototype, "balance", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'bigint' }),
    __metadata("design:type", String)
], LedgerEntryEntity.prototype, "amount", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'balance_after', type: 'bigint' }),
    __metadata("design:type", String)
], LedgerEntryEntity.prototype, "balanceAfter", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reference_type', type: 'varchar', length: 32, nullable: true }),
    __metadata("design:type", Object)
], LedgerEntryEntity.prototype, "referenceType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'reference_id', type: 'varchar', length: 64, nullable: true }),
    __metadata("design:type", Object)
], LedgerEntryEntity.prototype, "referenceId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }),
    __metadata("design:type", Date)
], LedgerEntryEntity.prototype, "createdAt", void 0);
exports.LedgerEntryEntity = LedgerEntryEntity = __decorate([
    (0, typeorm_1.Entity)('ledger_entries')
], LedgerEntryEntity);
//# sourceMappingURL=ledger-entry.entity.js.map