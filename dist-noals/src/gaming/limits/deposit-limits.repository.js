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
exports.DepositLimitsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const deposit_limit_periods_1 = require("./deposit-limit-periods");
const limit_rows_1 = require("./limit-rows");
/**
 * Stores deposit limits and sums deposits from the wallet ledger. A pending change whose time has
 * come is applied when a row is read, so no job has to run at that moment.
 */
let DepositLimitsRepository = class DepositLimitsRepository {
    dataSource;
    constructor(dataSource) {
        this.dataSource = dataSource;
    }
    get manager() {
        return this.dataSource.manager;
    }
    transaction(work) {
        return this.dataSource.transaction(work);
    }
    /**
     * Locks the player's wallet row until the transaction ends, creating the wallet first if the
     * player has none, and returns its id. Deposits update this row too, so limit checks and
     * deposits of one player run one after another. Returns null for a player not in the brand.
     */
    lockWallet(manager, userId, brandId) {
        return (0, limit_rows_1.lockPlayerWallet)(manager, userId, brandId);
    }
    findWalletId(manager, userId, brandId) {
        return (0, limit_rows_1.findPlayerWalletId)(manager, userId, brandId);
    }
    /** Returns every period's current limit, with due pending changes applied. */
    findStates(manager, userId, brandId) {
        return (0, limit_rows_1.findLimitStates)(manager, 'deposit_limits', userId, brandId);
    }
    /** Writes one period's limit; a new pending change takes effect `coolingOffSeconds` from now. */
    save(manager, key, decision, coolingOffSeconds) {
        return (0, limit_rows_1.saveLimit)(manager, 'deposit_limits', key, decision, coolingOffSeconds);
    }
    /** Sums the wallet's deposits (positive `deposit` ledger entries) in each period's window. */
    async sumDeposits(manager, walletId) {
        if (!walletId) {
            return { daily: 0n, weekly: 0n, monthly: 0n };
        }
        const rows = await manager.query(`SELECT
         COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $2)), 0)::text
           AS daily,
         COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $3)), 0)::text
           AS weekly,
         COALESCE(SUM(amount), 0)::text AS monthly
       FROM ledger_entries
       WHERE wallet_id = $1 AND type = 'deposit' AND amount > 0
         AND created_at > now() - make_interval(secs => $4)`, [walletId, deposit_limit_periods_1.PERIOD_SECONDS.daily, deposit_limit_periods_1.PERIOD_SECONDS.weekly, deposit_limit_periods_1.PERIOD_SECONDS.monthly]);
        return {
            daily: BigInt(rows[0].daily),
            weekly: BigInt(rows[0].weekly),
            monthly: BigInt(rows[0].monthly),
        };
    }
};
exports.DepositLimitsRepository = DepositLimitsRepository;
exports.DepositLimitsRepository = DepositLimitsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], DepositLimitsRepository);
//# sourceMappingURL=deposit-limits.repository.js.map