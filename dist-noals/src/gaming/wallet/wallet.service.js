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
exports.WalletService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const brands_service_1 = require("../../brands/brands.service");
const api_exception_1 = require("../../common/errors/api.exception");
const users_service_1 = require("../../users/users.service");
const wallets_repository_1 = require("./wallets.repository");
/**
 * Moves money. Every balance change and its ledger entry are written in one database
 * transaction, so a balance always equals the sum of its entries, and a balance never goes
 * below zero: a debit larger than the balance fails with 422 `insufficient_funds`.
 */
let WalletService = class WalletService {
    wallets;
    users;
    brands;
    audit;
    constructor(wallets, users, brands, audit) {
        this.wallets = wallets;
        this.users = users;
        this.brands = brands;
        this.audit = audit;
    }
    /**
     * Returns a wallet, created empty on first use, with the player's `deposited` flag: the calling
     * player's own without `userId`, else that of a player of the caller's brand (404 for others).
     */
    async getWithDepositedFlag(principal, userId) {
        const user = userId
            ? await this.users.getInBrandOf(principal, userId)
            : await this.users.getForPrincipal(principal);
        return { wallet: await this.wallets.ensure(user), deposited: user.deposited };
    }
    async getInBrandOf(principal, userId) {
        const user = await this.users.getInBrandOf(principal, userId);
        return this.wallets.ensure(user);
    }
    /**
     * Applies a movement and writes its ledger entry. With `manager` it runs in the caller's
     * transaction, so the movement commits or rolls back with the change that caused it. Without
     * one it opens a transaction of its own.
     */
    async move(movement, manager) {
        if (movement.amount === 0n) {
            throw new api_exception_1.ApiException(400, 'invalid_amount', 'A movement must change the balance');
        }
        if (!manager) {
            return this.wallets.transaction((transaction) => this.move(movement, transaction));
        }
        const { wallet, balance, amount } = movement;
        const entry = await this.wallets.applyMovement(manager, { ...movement, walletId: wallet.id });
        if (!entry) {
            throw new api_exception_1.ApiException(422, 'insufficient_funds', `The ${balance} balance is lower than ${-amount} minor units`);
        }
        return entry;
    }
    /** Changes a wallet by hand from the back office, with the reason in the audit log. */
    async adjust(principal, userId, balance, amount, reason) {
        const wallet = await this.getInBrandOf(principal, userId);
        const entry = await this.move({
            wallet,
            balance,
            amount,
            type: 'adjustment',
            referenceType: 'adjustment',
        });
        this.audit.record('wallet_adjusted', {
            brandId: wallet.brandId,
            clientId: principal.clientId,
            userId,
            details: { balance, amount: amount.toString(), reason, ledger_entry_id: entry.id },
        });
        return entry;
    }
    findEntries(wallet, filter, offset, limit) {
        return this.wallets.findEntries(wallet.id, filter, offset, limit);
    }
    /** Compares each balance with the sum of its ledger entries. */
    async reconcile(principal, userId) {
        const brand = await this.brands.getByCode(principal.brand);
        const wallet = await this.wallets.findByUser(brand.id, userId);
        if (!wallet) {
            throw new common_1.NotFoundException(`No wallet of player ${userId} in this brand`);
        }
        const sums = await this.wallets.reconcile(wallet.id);
        return {
            consistent: sums.realBalance === sums.realSum && sums.bonusBalance === sums.bonusSum,
            realBalance: sums.realBalance,
            bonusBalance: sums.bonusBalance,
            realLedgerSum: sums.realSum,
            bonusLedgerSum: sums.bonusSum,
        };
    }
};
exports.WalletService = WalletService;
exports.WalletService = WalletService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [wallets_repository_1.WalletsRepository,
        users_service_1.UsersService,
        brands_service_1.BrandsService,
        audit_service_1.AuditService])
], WalletService);
//# sourceMappingURL=wallet.service.js.map