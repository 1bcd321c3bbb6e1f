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
exports.LossLimitsService = exports.LossLimitExceededException = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const api_exception_1 = require("../../common/errors/api.exception");
const app_config_1 = require("../../config/app-config");
const users_service_1 = require("../../users/users.service");
const deposit_limit_periods_1 = require("./deposit-limit-periods");
const limit_rows_1 = require("./limit-rows");
const loss_limits_repository_1 = require("./loss-limits.repository");
/** A bet larger than what a loss limit still allows; 422 `loss_limit_exceeded`. */
class LossLimitExceededException extends api_exception_1.ApiException {
    period;
    limit;
    remaining;
    bet;
    constructor(period, limit, remaining, bet) {
        super(422, 'loss_limit_exceeded', `The bet of ${bet} minor units exceeds the ${period} loss limit: ` +
            `${remaining} of ${limit} minor units remain in ${deposit_limit_periods_1.PERIOD_WORDS[period]}`);
        this.period = period;
        this.limit = limit;
        this.remaining = remaining;
        this.bet = bet;
    }
}
exports.LossLimitExceededException = LossLimitExceededException;
/**
 * Responsible-gaming loss limits. A player's net loss in a period is the sum of the bets minus
 * the sum of the wins of their rounds in that period's rolling window, real and bonus money
 * alike, summed from the wallet ledger. Periods and the cooling-off for raising or removing a
 * limit are those of deposit limits.
 */
let LossLimitsService = class LossLimitsService {
    limits;
    users;
    audit;
    config;
    constructor(limits, users, audit, config) {
        this.limits = limits;
        this.users = users;
        this.audit = audit;
        this.config = config;
    }
    async getOwn(principal) {
        const user = await this.users.getForPrincipal(principal);
        return this.usage(user.id, user.brandId);
    }
    /** Applies the requested loss limits in one transaction and records what changed. */
    async updateOwn(principal, changes) {
        const user = await this.users.getForPrincipal(principal);
        const periods = await this.limits.transaction(async (manager) => {
            // The wallet lock orders this change with the rounds of the same player.
            await this.limits.lockPlayerWallet(manager, user.id, user.brandId);
            const before = await this.limits.findStates(manager, user.id, user.brandId);
            for (const period of deposit_limit_periods_1.DEPOSIT_LIMIT_PERIODS) {
                const requested = changes[period];
                if (requested !== undefined) {
                    const key = { userId: user.id, brandId: user.brandId, period };
                    const decision = (0, deposit_limit_periods_1.decideLimitChange)(before[period], requested);
                    await this.limits.save(manager, key, decision, this.config.DEPOSIT_LIMIT_COOLING_OFF_SECONDS);
                }
            }
            return this.usage(user.id, user.brandId, manager);
        });
        this.recordChange(principal, user, changes, periods);
        return periods;
    }
    /** Returns each period's loss limit, pending change, net loss and remaining amount. */
    async usage(userId, brandId, manager) {
        const db = manager ?? this.limits.manager;
        const walletId = await this.limits.findWalletId(db, userId, brandId);
        const states = await this.limits.findStates(db, userId, brandId);
        return usageOf(states, await this.limits.sumNetLoss(db, walletId));
    }
    /**
     * Throws LossLimitExceededException (422 `loss_limit_exceeded`) when a bet of `bet` minor
     * units would take the net loss of one of the player's periods past its limit, naming the
     * tightest one. The win of the same round is not counted against the bet. Must run inside the
     * transaction that debits the bet, after that transaction locked the wallet row FOR NO KEY
     * UPDATE: a concurrent round of the same player then waits and reads this bet from the ledger,
     * and a concurrent limit change, which takes the same lock, is read by the statement below.
     */
    async assertBetAllowed(manager, owner, bet) {
        if (bet <= 0n) {
            return;
        }
        const states = await this.limits.findStates(manager, owner.userId, owner.brandId);
        if (deposit_limit_periods_1.DEPOSIT_LIMIT_PERIODS.every((period) => states[period].amount === null)) {
            return;
        }
        const netLoss = await this.limits.sumNetLoss(manager, owner.walletId);
        const tightest = smallestRemaining(usageOf(states, netLoss));
        if (tightest?.limit != null && tightest.remaining !== null && bet > tightest.remaining) {
            throw new LossLimitExceededException(tightest.period, tightest.limit, tightest.remaining, bet);
        }
    }
    recordChange(principal, user, changes, periods) {
        const changed = (0, limit_rows_1.limitChangeDetails)(changes, periods);
        if (changed.length === 0) {
            return;
        }
        this.audit.record('loss_limit_changed', {
            brandId: user.brandId,
            clientId: principal.clientId,
            userId: user.id,
            details: { changes: changed },
        });
    }
};
exports.LossLimitsService = LossLimitsService;
exports.LossLimitsService = LossLimitsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [loss_limits_repository_1.LossLimitsRepository,
        users_service_1.UsersService,
        audit_service_1.AuditService,
        app_config_1.AppConfig])
], LossLimitsService);
function usageOf(states, netLoss) {
    return deposit_limit_periods_1.DEPOSIT_LIMIT_PERIODS.map((period) => {
        const limit = states[period].amount;
        let remaining = null;
        if (limit !== null) {
            const left = limit - netLoss[period];
            remaining = left > 0n ? left : 0n;
        }
        return { period, limit, pending: states[period].pending, netLoss: netLoss[period], remaining };
    });
}
/** Returns the period with a limit that allows the least, or null when there are no limits. */
function smallestRemaining(usage) {
    let tightest = null;
    for (const entry of usage) {
        if (entry.remaining !== null && (!tightest || entry.remaining < (tightest.remaining ?? 0n))) {
            tightest = entry;
        }
    }
    return tightest;
}
//# sourceMappingURL=loss-limits.service.js.map