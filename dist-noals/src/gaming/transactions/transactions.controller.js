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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TransactionsController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_decorator_1 = require("../../common/auth/scopes.decorator");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
const idempotent_decorator_1 = require("../../common/idempotency/idempotent.decorator");
const transaction_dto_1 = require("./dto/transaction.dto");
const transactions_service_1 = require("./transactions.service");
const withdrawal_approvals_service_1 = require("./withdrawal-approvals.service");
const NOT_FOUND = { description: 'No such transaction of this player or brand', type: api_error_dto_1.ApiErrorDto };
const CONFLICT = {
    description: 'invalid_transition: the transaction is not in a status that allows this',
    type: api_error_dto_1.ApiErrorDto,
};
/** Deposits and withdrawals: players start and finish their own, back offices approve. */
let TransactionsController = class TransactionsController {
    transactions;
    approvals;
    constructor(transactions, approvals) {
        this.transactions = transactions;
        this.approvals = approvals;
    }
    async start(principal, dto) {
        return transaction_dto_1.TransactionDto.from(await this.transactions.start(principal, dto));
    }
    async list(principal, query) {
        const page = await this.transactions.list(principal, query);
        return { ...page, data: page.data.map((transaction) => transaction_dto_1.TransactionDto.from(transaction)) };
    }
    async get(principal, id) {
        return transaction_dto_1.TransactionDto.from(await this.transactions.get(principal, id));
    }
    async update(principal, id, dto) {
        return transaction_dto_1.TransactionDto.from(await this.transactions.update(principal, id, dto));
    }
    async approve(principal, id) {
        return transaction_dto_1.TransactionDto.from(await this.approvals.approve(principal, id));
    }
    async decline(principal, id, dto) {
        return transaction_dto_1.TransactionDto.from(await this.approvals.decline(principal, id, dto.reason));
    }
};
exports.TransactionsController = TransactionsController;
__decorate([
    (0, common_1.Post)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.TransactionsWrite),
    (0, idempotent_decorator_1.Idempotent)(),
    (0, swagger_1.ApiOperation)({ summary: 'Start a deposit or withdrawal' }),
    (0, swagger_1.ApiUnprocessableEntityResponse)({
        description: 'insufficient_funds: the withdrawal is larger than the real balance',
        type: api_error_dto_1.ApiErrorDto,
    }),
    openapi.ApiResponse({ status: 201, type: require("./dto/transaction.dto").TransactionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, transaction_dto_1.StartTransactionDto]),
    __metadata("design:returntype", Promise)
], TransactionsController.prototype, "start", null);
__decorate([
    (0, common_1.Get)(),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.TransactionsRead),
    (0, swagger_1.ApiOperation)({ summary: "List the player's transactions, newest first" }),
    openapi.ApiResponse({ status: 200, type: require("./dto/transaction.dto").TransactionPageDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Query)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, transaction_dto_1.TransactionQueryDto]),
    __metadata("design:returntype", Promise)
], TransactionsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.TransactionsRead),
    (0, swagger_1.ApiOperation)({ summary: "Read one of the player's transactions" }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    openapi.ApiResponse({ status: 200, type: require("./dto/transaction.dto").TransactionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], TransactionsController.prototype, "get", null);
__decorate([
    (0, common_1.Patch)(':id'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.TransactionsWrite),
    (0, swagger_1.ApiOperation)({ summary: 'Answer the action a transaction asks for, or cancel a withdrawal' }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    (0, swagger_1.ApiConflictResponse)(CONFLICT),
    openapi.ApiResponse({ status: 200, type: require("./dto/transaction.dto").TransactionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, transaction_dto_1.UpdateTransactionDto]),
    __metadata("design:returntype", Promise)
], TransactionsController.prototype, "update", null);
__decorate([
    (0, common_1.Post)(':id/approve'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.TransactionsApprove),
    (0, swagger_1.ApiOperation)({ summary: 'Approve a withdrawal pending approval' }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    (0, swagger_1.ApiConflictResponse)(CONFLICT),
    openapi.ApiResponse({ status: 201, type: require("./dto/transaction.dto").TransactionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], TransactionsController.prototype, "approve", null);
__decorate([
    (0, common_1.Post)(':id/decline'),
    (0, scopes_decorator_1.Scopes)(scopes_1.Scope.TransactionsApprove),
    (0, swagger_1.ApiOperation)({ summary: 'Decline a withdrawal pending approval and give the money back' }),
    (0, swagger_1.ApiNotFoundResponse)(NOT_FOUND),
    (0, swagger_1.ApiConflictResponse)(CONFLICT),
    openapi.ApiResponse({ status: 201, type: require("./dto/transaction.dto").TransactionDto }),
    __param(0, (0, scopes_decorator_1.CurrentPrincipal)()),
    __param(1, (0, common_1.Param)('id', new common_1.ParseUUIDPipe())),
    __param(2, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, transaction_dto_1.DeclineTransactionDto]),
    __metadata("design:returntype", Promise)
], TransactionsController.prototype, "decline", null);
exports.TransactionsController = TransactionsController = __decorate([
    (0, swagger_1.ApiTags)('transactions'),
    (0, common_1.Controller)('transactions'),
    __metadata("design:paramtypes", [transactions_service_1.TransactionsService,
        withdrawal_approvals_service_1.WithdrawalApprovalsService])
], TransactionsController);
//# sourceMappingURL=transactions.controller.js.map