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
exports.LossLimitsRepository = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const deposit_limit_periods_1 = require("./deposit-limit-periods");
const limit_rows_1 = require("./limit-rows");
/**
 * Stores loss limits and sums net losses from the wallet ledger. A pending change whose time has
 * come is applied when a row is read, as for deposit limits.
 */
let LossLimitsRepository = class LossLimitsRepository {
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
    /** Locks the player's wallet row FOR NO KEY UPDATE, creating the wallet if there is none. */
    lockPlayerWallet(manager, userId, brandId) {
        return (0, limit_rows_1.lockPlayerWallet)(manager, userId, brandId);
    }
    findWalletId(manager, userId, brandId) {
        return (0, limit_rows_1.findPlayerWalletId)(manager, userId, brandId);
    }
    findStates(manager, userId, brandId) {
        return (0, limit_rows_1.findLimitStates)(manager, 'loss_limits', userId, brandId);
    }
    save(manager, key, decision, coolingOffSeconds) {
        return (0, limit_rows_1.saveLimit)(manager, 'loss_limits', key, decision, coolingOffSeconds);
    }
    /**
     * Sums the net loss in each period's window: the bets minus the wins of the wallet's rounds,
     * from its `bet` (negative) and `win` (positive) ledger entries, real and bonus money alike.
     * Negative when the player won more than they bet.
     * NOTE: this reads every bet and win entry of the last 30 days on each round of a player with
     * a loss limit, so its cost grows with how much they play; not measured on large ledgers.
     */
    async sumNetLoss(manager, walletId) {
        if (!walletId) {
            return { daily: 0n, weekly: 0n, monthly: 0n };
        }
        const rows = await manager.query(`SELECT
         (-COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $2)), 0))::text
           AS daily,
         (-COALESCE(SUM(amount) FILTER (WHERE created_at > now() - make_interval(secs => $3)), 0))::text
           AS weekly,
         (-COALESCE(SUM(amount), 0))::text AS monthly
       FROM ledger_entries
       WHERE wallet_id = $1 AND type IN ('bet', 'win')
         AND created_at > now() - make_interval(secs => $4)`, [walletId, deposit_limit_periods_1.PERIOD_SECONDS.daily, deposit_limit_periods_1.PERIOD_SECONDS.weekly, deposit_limit_periods_1.PERIOD_SECONDS.monthly]);
        return {
            daily: BigInt(rows[0].daily),
            weekly: BigInt(rows[0].weekly),
            monthly: BigInt(rows[0].monthly),
        };
    }
};
exports.LossLimitsRepository = LossLimitsRepository;
exports.LossLimitsRepository = LossLimitsRepository = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], LossLimitsRepository);
//# sourceMappingURL=loss-limits.repository.js.map