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
exports.AccountSecurityService = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../audit/audit.service");
const lockout_service_1 = require("../auth-server/lockout/lockout.service");
const sessions_service_1 = require("../auth-server/tokens/sessions.service");
const validation_failed_exception_1 = require("../common/errors/validation-failed.exception");
const self_exclusion_dto_1 = require("./dto/self-exclusion.dto");
const password_hasher_service_1 = require("./password-hasher.service");
const password_policy_service_1 = require("./password-policy/password-policy.service");
const users_repository_1 = require("./users.repository");
const users_service_1 = require("./users.service");
/** A player's own password change and self-exclusion, both of which end sessions. */
let AccountSecurityService = class AccountSecurityService {
    users;
    repository;
    passwords;
    policy;
    sessions;
    audit;
    lockout;
    constructor(users, repository, passwords, policy, sessions, audit, lockout) {
        this.users = users;
        this.repository = repository;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.lockout = lockout;
    }
    /**
     * Changes the password after checking the current one, then ends every other session of the
     * player. The session of the calling token stays.
     */
    async changePassword(principal, dto) {
        const user = await this.users.getForPrincipal(principal);
        // A stolen access token must not allow guessing the password: wrong current passwords count
        // against the same limit as failed logins.
        await this.lockout.assertPasswordChangeAllowed(user.id);
        if (!(await this.passwords.verify(user.passwordHash, dto.current_password))) {
            await this.lockout.recordPasswordChangeFailure(user.id);
            this.audit.record('login_failed', {
                brandId: user.brandId,
                clientId: principal.clientId,
                userId: user.id,
                sessionId: principal.sessionId,
                details: { reason: 'wrong_current_password' },
            });
            throw new validation_failed_exception_1.ValidationFailedException({ current_password: ['current_password is incorrect'] });
        }
        this.checkNewPassword(user, dto.new_password, dto.current_password);
        await this.repository.updatePasswordHash(user.id, await this.passwords.hash(dto.new_password));
        await this.sessions.revokeAllOf(user, 'password_changed', principal.clientId, principal.sessionId);
        this.audit.record('password_changed', {
            brandId: user.brandId,
            clientId: principal.clientId,
            userId: user.id,
            sessionId: principal.sessionId,
        });
    }
    /**
     * Self-excludes the player for the period and ends all their sessions, this one included.
     * Throws ConflictException when the player is already self-excluded until a later time.
     */
    async selfExclude(principal, period) {
        const user = await this.users.getForPrincipal(principal);
        const until = await this.repository.setSelfExclusion(user.id, self_exclusion_dto_1.SELF_EXCLUSION_INTERVALS[period]);
        if (until === undefined) {
            const current = user.selfExcludedUntil
                ? `until ${user.selfExcludedUntil.toISOString()}`
                : 'permanently';
            throw new common_1.ConflictException(`The player is already self-excluded ${current}; a self-exclusion can only be lengthened`);
        }
        await this.sessions.revokeAllOf(user, 'self_exclusion', principal.clientId);
        this.audit.record('self_exclusion_set', {
            brandId: user.brandId,
            clientId: principal.clientId,
            userId: user.id,
            sessionId: principal.sessionId,
            details: { period, until: until?.toISOString() ?? null },
        });
        return { status: 'self_excluded', period, self_excluded_until: until };
    }
    /**
     * Throws ValidationFailedException naming what is wrong with a new password: the password policy
     * of every player password, and it must differ from the current one.
     */
    checkNewPassword(user, password, currentPassword) {
        const problems = this.policy
            .check(password, { email: user.email, nickname: user.nickname })
            .map((problem) => problem.replace(/^password /, 'new_password '));
        if (password === currentPassword) {
            problems.push('new_password must differ from current_password');
        }
        if (problems.length > 0) {
            throw new validation_failed_exception_1.ValidationFailedException({ new_password: problems });
        }
    }
};
exports.AccountSecurityService = AccountSecurityService;
exports.AccountSecurityService = AccountSecurityService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [users_service_1.UsersService,
        users_repository_1.UsersRepository,
        password_hasher_service_1.PasswordHasher,
        password_policy_service_1.PasswordPolicy,
        sessions_service_1.SessionsService,
        audit_service_1.AuditService,
        lockout_service_1.LockoutService])
], AccountSecurityService);
//# sourceMappingURL=account-security.service.js.map