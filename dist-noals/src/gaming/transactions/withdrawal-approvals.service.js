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
exports.WithdrawalApprovalsService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const brands_service_1 = require("../../brands/brands.service");
const payment_transactions_repository_1 = require("./payment-transactions.repository");
const transaction_status_service_1 = require("./transaction-status.service");
/** The back office's decision on withdrawals waiting for approval. */
let WithdrawalApprovalsService = class WithdrawalApprovalsService {
    transactions;
    statuses;
    brands;
    audit;
    constructor(transactions, statuses, brands, audit) {
        this.transactions = transactions;
        this.statuses = statuses;
        this.brands = brands;
        this.audit = audit;
    }
    /** Approves a withdrawal; its provider pays it out and it completes at a later status check. */
    async approve(principal, id) {
        const transaction = await this.getPendingApproval(principal, id, 'approved');
        const approved = await this.statuses.change(transaction, 'pending_approval', {
            status: 'approved',
            action: null,
            redirectUrl: null,
        });
        this.record('withdrawal_approved', principal, approved);
        return approved;
    }
    /** Declines a withdrawal and gives the debited amount back to the player's `real` balance. */
    async decline(principal, id, reason) {
        const transaction = await this.getPendingApproval(principal, id, 'declined');
        const declined = await this.statuses.change(transaction, 'pending_approval', {
            status: 'declined',
            action: null,
            redirectUrl: null,
        });
        this.record('withdrawal_declined', principal, declined, reason);
        return declined;
    }
    async getPendingApproval(principal, id, target) {
        const brand = await this.brands.getByCode(principal.brand);
        const transaction = await this.transactions.findInBrand(brand.id, id);
        if (!transaction) {
            throw new common_1.NotFoundException(`Transaction ${id} was not found`);
        }
        if (transaction.type !== 'withdrawal' || transaction.status !== 'pending_approval') {
            throw (0, transaction_status_service_1.invalidTransition)(`Only a withdrawal that is pending_approval can be ${target}; transaction ${id} is a ${transaction.type} and ${transaction.status}`);
        }
        return transaction;
    }
    record(type, principal, transaction, reason) {
        this.audit.record(type, {
            brandId: transaction.brandId,
            clientId: principal.clientId,
            userId: transaction.userId,
            details: {
                transaction_id: transaction.id,
                amount: transaction.amount,
                ...(reason ? { reason } : {}),
            },
        });
    }
};
exports.WithdrawalApprovalsService = WithdrawalApprovalsService;
exports.WithdrawalApprovalsService = WithdrawalApprovalsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [payment_transactions_repository_1.PaymentTransactionsRepository,
        transaction_status_service_1.TransactionStatusService,
        brands_service_1.BrandsService,
        audit_service_1.AuditService])
], WithdrawalApprovalsService);
//# sourceMappingURL=withdrawal-approvals.service.js.map