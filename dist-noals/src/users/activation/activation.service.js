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
exports.ActivationService = exports.ACTIVATION_TEMPLATE = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const crypto_1 = require("../../common/crypto");
const app_config_1 = require("../../config/app-config");
const notifier_1 = require("../../notifications/notifier");
const users_repository_1 = require("../users.repository");
const activation_codes_repository_1 = require("./activation-codes.repository");
/** Name of the message template that carries an activation code. */
exports.ACTIVATION_TEMPLATE = 'activation';
/** Thrown inside a redemption transaction to roll back the consumed code. */
class RedemptionRolledBack extends Error {
}
/**
 * Activation codes of pending players: issues them through the Notifier, replaces them on request,
 * and redeems them. A code is 256 random bits, stored only as its SHA-256, and works once.
 */
let ActivationService = class ActivationService {
    codes;
    users;
    config;
    audit;
    notifier;
    constructor(codes, users, config, audit, notifier) {
        this.codes = codes;
        this.users = users;
        this.config = config;
        this.audit = audit;
        this.notifier = notifier;
    }
    /** Creates a code for the player and hands it to the Notifier, inside the caller's transaction. */
    async issue(manager, user, client) {
        const code = (0, crypto_1.generateOpaqueToken)();
        const expiresAt = new Date(Date.now() + this.config.ACTIVATION_CODE_TTL * 1000);
        await this.codes.insert(manager, {
            userId: user.id,
            brandId: user.brandId,
            codeHash: (0, crypto_1.sha256)(code),
            expiresAt,
        });
        await this.notifier.send({
            channel: 'email',
            recipient: user.email,
            template: exports.ACTIVATION_TEMPLATE,
            brandId: user.brandId,
            userId: user.id,
            data: {
                code,
                client_id: client.clientId,
                brand: client.brand.code,
                language: user.language,
                first_name: user.firstName,
                expires_at: expiresAt.toISOString(),
            },
        }, manager);
    }
    /**
     * Issues a new code to the brand's pending player with this email and invalidates the older
     * ones. Does nothing when no pending player has the email, or when the newest code is younger
     * than ACTIVATION_RESEND_COOLDOWN. The player's row lock serialises concurrent requests, so
     * the cooldown holds across instances too.
     * NOTE: the response body is the same in every case, but issuing a code adds two inserts, so
     * the response time still differs slightly between a pending player and an unknown email.
     */
    async resend(client, email) {
        await this.codes.transaction(async (manager) => {
            const user = await this.users.findByEmailForUpdate(manager, client.brandId, email);
            if (!user || user.status !== 'pending') {
                return;
            }
            const cooldown = this.config.ACTIVATION_RESEND_COOLDOWN;
            if (await this.codes.issuedWithin(manager, user.id, cooldown)) {
                return;
            }
            await this.codes.invalidateOpen(manager, user.id);
            await this.issue(manager, user, client);
        });
    }
    /**
     * Consumes the code and activates its pending player in one transaction, and returns the
     * player. Returns null, and changes nothing, when the code is unknown, of another brand,
     * expired, used or replaced, or when its player is no longer pending.
     */
    async redeem(client, code) {
        let user;
        try {
            user = await this.codes.transaction(async (manager) => {
                const userId = await this.codes.consume(manager, (0, crypto_1.sha256)(code), client.brandId);
                const activated = userId ? await this.users.activatePending(manager, userId) : null;
                if (!activated) {
                    throw new RedemptionRolledBack();
                }
                return activated;
            });
        }
        catch (error) {
            if (error instanceof RedemptionRolledBack) {
                return null;
            }
            throw error;
        }
        this.audit.record('player_activated', {
            brandId: user.brandId,
            clientId: client.clientId,
            userId: user.id,
        });
        return user;
    }
};
exports.ActivationService = ActivationService;
exports.ActivationService = ActivationService = __decorate([
    (0, common_1.Injectable)(),
    __param(4, (0, common_1.Inject)(notifier_1.NOTIFIER)),
    __metadata("design:paramtypes", [activation_codes_repository_1.ActivationCodesRepository,
        users_repository_1.UsersRepository,
        app_config_1.AppConfig,
        audit_service_1.AuditService, Object])
], ActivationService);
//# sourceMappingURL=activation.service.js.map