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
exports.PlayerLogin = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const users_service_1 = require("../../users/users.service");
const captcha_verifier_1 = require("../captcha/captcha-verifier");
const player_status_1 = require("../grants/player-status");
const lockout_service_1 = require("../lockout/lockout.service");
/**
 * Checks a player's username and password for a client: captcha, IP and player lockouts, the
 * brand's username types and the account status. The password grant and the login page of the
 * authorization endpoint both log players in through this service, so the same rules apply.
 */
let PlayerLogin = class PlayerLogin {
    users;
    captcha;
    audit;
    lockout;
    constructor(users, captcha, audit, lockout) {
        this.users = users;
        this.captcha = captcha;
        this.audit = audit;
        this.lockout = lockout;
    }
    /**
     * Returns the player when the login succeeds and records it. Throws InvalidGrantError with a
     * description fit to show the player otherwise.
     */
    async authenticate(client, attempt) {
        const { username, password } = attempt;
        if (client.captchaRequired) {
            await this.checkCaptcha(attempt.captcha, client.clientId);
        }
        await this.lockout.assertIpAllowed();
        // The password is verified even for a locked player, so that locked, unknown and
        // wrong-password logins take the same time.
        const check = await this.users.checkCredentials(client.brandId, username, password, client.usernameTypes);
        const knownUser = check.outcome === 'unknown_user' ? undefined : check.user;
        const playerKey = this.lockout.playerKey(client.brandId, username);
        await this.assertNotLocked(playerKey, client, knownUser);
        if (check.outcome !== 'valid') {
            this.recordFailure(client, check.outcome, knownUser);
            await this.lockout.recordLoginFailure(playerKey, client, knownUser?.id);
            throw new oauth_errors_1.InvalidGrantError('The username or password is wrong');
        }
        await this.lockout.recordLoginSuccess(playerKey);
        const { user } = check;
        if (user.status !== 'active') {
            this.recordFailure(client, user.status, user);
        }
        (0, player_status_1.assertActive)(user);
        await this.users.recordLogin(user);
        return user;
    }
    recordFailure(client, reason, user) {
        this.audit.record('login_failed', {
            brandId: client.brandId,
            clientId: client.clientId,
            userId: user?.id,
            details: { reason },
        });
    }
    async assertNotLocked(playerKey, client, user) {
        try {
            await this.lockout.assertPlayerAllowed(playerKey);
        }
        catch (error) {
            this.recordFailure(client, 'temporarily_locked', user);
            throw error;
        }
    }
    async checkCaptcha(response, clientId) {
        if (!response) {
            throw new oauth_errors_1.InvalidGrantError('captcha is required for this client and is missing');
        }
        const result = await this.captcha.verify(response, clientId);
        if (result === 'unconfigured') {
            throw new oauth_errors_1.InvalidGrantError('This client requires a captcha, but captcha verification is not configured on this server');
        }
        if (result === 'unavailable') {
            throw new oauth_errors_1.InvalidGrantError('The captcha could not be verified; try again later');
        }
        if (result === 'invalid') {
            throw new oauth_errors_1.InvalidGrantError('The captcha response is invalid');
        }
    }
};
exports.PlayerLogin = PlayerLogin;
exports.PlayerLogin = PlayerLogin = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(captcha_verifier_1.CAPTCHA_VERIFIER)),
    __metadata("design:paramtypes", [users_service_1.UsersService, Object, audit_service_1.AuditService,
        lockout_service_1.LockoutService])
], PlayerLogin);
//# sourceMappingURL=player-login.service.js.map