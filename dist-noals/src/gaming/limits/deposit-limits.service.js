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
exports.DepositLimitsService = exports.DepositLimitExceededException = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const api_exception_1 = require("../../common/errors/api.exception");
const app_config_1 = require("../../config/app-config");
const users_service_1 = require("../../users/users.service");
const deposit_limit_periods_1 = require("./deposit-limit-periods");
const deposit_limits_repository_1 = require("./deposit-limits.repository");
const limit_rows_1 = require("./limit-rows");
/** A deposit larger than what a deposit limit still allows; 422 `deposit_limit_exceeded`. */
class DepositLimitExceededException extends api_exception_1.ApiException {
    period;
    limit;
    remaining;
    constructor(period, limit, remaining, amount) {
        super(422, 'deposit_limit_exceeded', `The deposit of ${amount} minor units exceeds the ${period} deposit limit: ` +
            `${remaining} of ${limit} minor units remain in ${deposit_limit_periods_1.PERIOD_WORDS[period]}`);
        this.period = period;
        this.limit = limit;
        this.remaining = remaining;
    }
}
exports.DepositLimitExceededException = DepositLimitExceededException;
/**
 * Responsible-gaming deposit limits. Lowering a limit or setting a first one applies at once;
 * raising or removing one waits for DEPOSIT_LIMIT_COOLING_OFF_SECONDS. Deposited amounts are
 * summed from the wallet ledger, so there is no second counter to drift.
 */
let DepositLimitsService = class DepositLimitsService {
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
        return { currency: user.currency, periods: await this.usage(user.id, user.brandId) };
    }
    /** Applies the requested limits in one transaction and records what changed. */
    async updateOwn(principal, changes) {
        const user = await this.users.getForPrincipal(principal);
        const periods = await this.limits.transaction(async (manager) => {
            // The wallet lock orders this change with deposit checks of the same player.
            await this.limits.lockWallet(manager, user.id, user.brandId);
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
        return { currency: user.currency, periods };
    }
    /** Returns each period's limit, pending change, deposited and remaining amounts. */
    async usage(userId, brandId, manager) {
        const db = manager ?? this.limits.manager;
        const walletId = await this.limits.findWalletId(db, userId, brandId);
        const states = await this.limits.findStates(db, userId, brandId);
        return usageOf(states, await this.limits.sumDeposits(db, walletId));
    }
    /**
     * Returns how much the player may still deposit under all their limits, in minor units, or
     * null when they have none.
     */
    async remaining(userId, brandId, manager) {
        return smallestRemaining(await this.usage(userId, brandId, manager))?.remaining ?? null;
    }
    /**
     * Throws DepositLimitExceededException (422 `deposit_limit_exceeded`) when depositing `amount`
     * minor units now would exceed one of the player's limits, naming the tightest one; 404 for a
     * player not in the brand. Race-safe only inside the transaction that credits the deposit,
     * given as `manager`: it locks the player's wallet row until that transaction ends, so a
     * concurrent check of the same player waits and then reads this deposit from the ledger.
     */
    async assertDepositAllowed(userId, brandId, amount, manager, options = {}) {
        if (amount <= 0n) {
            throw new api_exception_1.ApiException(400, 'invalid_amount', 'A deposit amount must be positive');
        }
        if (!manager) {
            return this.limits.transaction((transaction) => this.assertDepositAllowed(userId, brandId, amount, transaction, options));
        }
        const walletId = await this.limits.lockWallet(manager, userId, brandId);
        if (!walletId) {
            throw new common_1.NotFoundException(`Player ${userId} was not found`);
        }
        const states = await this.limits.findStates(manager, userId, brandId);
        const deposited = await this.limits.sumDeposits(manager, walletId);
        const uncredited = options.uncredited ? await options.uncredited(manager) : 0n;
        for (const period of deposit_limit_periods_1.DEPOSIT_LIMIT_PERIODS) {
            deposited[period] += uncredited;
        }
        const tightest = smallestRemaining(usageOf(states, deposited));
        if (tightest && tightest.remaining !== null && tightest.limit !== null) {
            if (amount > tightest.remaining) {
                throw new DepositLimitExceededException(tightest.period, tightest.limit, tightest.remaining, amount);
            }
        }
    }
    recordChange(principal, user, changes, periods) {
        const changed = (0, limit_rows_1.limitChangeDetails)(changes, periods);
        if (changed.length === 0) {
            return;
        }
        this.audit.record('deposit_limit_changed', {
            brandId: user.brandId,
            clientId: principal.clientId,
            userId: user.id,
            details: { changes: changed },
        });
    }
};
exports.DepositLimitsService = DepositLimitsService;
exports.DepositLimitsService = DepositLimitsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [deposit_limits_repository_1.DepositLimitsRepository,
        users_service_1.UsersService,
        audit_service_1.AuditService,
        app_config_1.AppConfig])
], DepositLimitsService);
function usageOf(states, deposited) {
    return deposit_limit_periods_1.DEPOSIT_LIMIT_PERIODS.map((period) => {
        const limit = states[period].amount;
        let remaining = null;
        if (limit !== null) {
            const left = limit - deposited[period];
            remaining = left > 0n ? left : 0n;
        }
        return {
            period,
            limit,
            pending: states[period].pending,
            deposited: deposited[period],
            remaining,
        };
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
//# sourceMappingURL=deposit-limits.service.js.map