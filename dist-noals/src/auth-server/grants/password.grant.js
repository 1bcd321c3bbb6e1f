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
exports.PasswordGrant = void 0;
const common_1 = require("@nestjs/common");
const player_login_service_1 = require("../login/player-login.service");
const sessions_service_1 = require("../tokens/sessions.service");
const token_issuer_service_1 = require("../tokens/token-issuer.service");
const params_1 = require("./params");
const scope_1 = require("./scope");
/**
 * Resource owner password credentials (RFC 6749 §4.3): a brand's own app trades the player's
 * username and password for a new session.
 */
let PasswordGrant = class PasswordGrant {
    login;
    sessions;
    issuer;
    grantType = 'password';
    constructor(login, sessions, issuer) {
        this.login = login;
        this.sessions = sessions;
        this.issuer = issuer;
    }
    async handle({ params, client }) {
        const username = (0, params_1.requireParam)(params, 'username');
        const password = (0, params_1.requireParam)(params, 'password');
        const scope = (0, scope_1.resolveScope)(params.scope, (0, scope_1.playerScopes)(client.scopes), (0, scope_1.playerScopes)(client.defaultScopes));
        const user = await this.login.authenticate(client, {
            username,
            password,
            captcha: params.captcha,
        });
        const session = await this.sessions.start(user.id, client, scope);
        return this.issuer.forUser({ user, client, scope, ...session }, this.grantType);
    }
};
exports.PasswordGrant = PasswordGrant;
exports.PasswordGrant = PasswordGrant = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [player_login_service_1.PlayerLogin,
        sessions_service_1.SessionsService,
        token_issuer_service_1.TokenIssuer])
], PasswordGrant);
//# sourceMappingURL=password.grant.js.map