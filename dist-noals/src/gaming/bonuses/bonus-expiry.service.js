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
var BonusExpiryService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.BonusExpiryService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const app_config_1 = require("../../config/app-config");
const bonus_lifecycle_service_1 = require("./bonus-lifecycle.service");
const player_bonuses_repository_1 = require("./player-bonuses.repository");
/** Bonuses expired in one database transaction; a run repeats batches until none is left. */
const BATCH_SIZE = 100;
/**
 * Expires active bonuses whose wagering time ran out, removing their remaining bonus money, every
 * BONUS_EXPIRY_INTERVAL_SECONDS. Instances running it at once take disjoint players: each batch
 * locks the players' wallets with SKIP LOCKED, and a bonus is expired only if still active.
 */
let BonusExpiryService = BonusExpiryService_1 = class BonusExpiryService {
    bonuses;
    lifecycle;
    audit;
    config;
    logger = new common_1.Logger(BonusExpiryService_1.name);
    timer;
    running;
    constructor(bonuses, lifecycle, audit, config) {
        this.bonuses = bonuses;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.config = config;
    }
    onApplicationBootstrap() {
        const seconds = this.config.bonusExpiryIntervalSeconds;
        if (seconds > 0) {
            this.timer = setInterval(() => void this.runScheduled(), seconds * 1000).unref();
        }
    }
    async onModuleDestroy() {
        clearInterval(this.timer);
        await this.running?.catch(() => undefined);
    }
    /** Expires every bonus due now and returns them; a run already in progress is joined. */
    expireDue() {
        this.running ??= this.expireAll().finally(() => (this.running = undefined));
        return this.running;
    }
    async runScheduled() {
        try {
            const expired = await this.expireDue();
            if (expired.length > 0) {
                this.logger.log({ count: expired.length }, 'Expired bonuses');
            }
        }
        catch (error) {
            this.logger.error({ err: error }, 'Bonus expiry run failed; the next run retries');
        }
    }
    async expireAll() {
        const expired = [];
        for (;;) {
            const batch = await this.expireBatch();
            expired.push(...batch.expired);
            if (batch.locked < BATCH_SIZE) {
                return expired;
            }
        }
    }
    async expireBatch() {
        const result = await this.bonuses.transaction(async (manager) => {
            const due = await this.bonuses.lockDue(manager, BATCH_SIZE);
            const expired = [];
            for (const { id, walletId } of due) {
                const bonus = await this.bonuses.lockBonus(manager, id);
                const wallet = await this.bonuses.lockWallet(manager, bonus?.userId ?? '');
                if (!bonus || !wallet || wallet.id !== walletId || bonus.status !== 'active') {
                    continue;
                }
                const remaining = { bonusId: id, balance: BigInt(bonus.balance) };
                const removed = await this.lifecycle.remove(manager, wallet, remaining, 'expired');
                expired.push({ bonusId: id, brandId: bonus.brandId, userId: bonus.userId, removed });
            }
            return { locked: due.length, expired };
        });
        for (const bonus of result.expired) {
            this.audit.record('bonus_expired', {
                brandId: bonus.brandId,
                userId: bonus.userId,
                details: { bonus_id: bonus.bonusId, removed: bonus.removed.toString() },
            });
        }
        return result;
    }
};
exports.BonusExpiryService = BonusExpiryService;
exports.BonusExpiryService = BonusExpiryService = BonusExpiryService_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [player_bonuses_repository_1.PlayerBonusesRepository,
        bonus_lifecycle_service_1.BonusLifecycleService,
        audit_service_1.AuditService,
        app_config_1.AppConfig])
], BonusExpiryService);
//# sourceMappingURL=bonus-expiry.service.js.map