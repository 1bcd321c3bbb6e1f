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
exports.ActivationCodeGrant = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const activation_service_1 = require("../../users/activation/activation.service");
const users_service_1 = require("../../users/users.service");
const sessions_service_1 = require("../tokens/sessions.service");
const token_issuer_service_1 = require("../tokens/token-issuer.service");
const params_1 = require("./params");
const scope_1 = require("./scope");
/**
 * Activation code grant (an extension grant, RFC 6749 §4.5). A brand's app trades the code that
 * registration sent to a new player for the player's activation and a first session. The response
 * is the same as the password grant's: tokens and `identity`.
 */
let ActivationCodeGrant = class ActivationCodeGrant {
    activation;
    users;
    sessions;
    issuer;
    audit;
    grantType = 'activation_code';
    constructor(activation, users, sessions, issuer, audit) {
        this.activation = activation;
        this.users = users;
        this.sessions = sessions;
        this.issuer = issuer;
        this.audit = audit;
    }
    async handle({ params, client }) {
        const code = (0, params_1.requireParam)(params, 'code');
        const scope = (0, scope_1.resolveScope)(params.scope, (0, scope_1.playerScopes)(client.scopes), (0, scope_1.playerScopes)(client.defaultScopes));
        const user = await this.activation.redeem(client, code);
        if (!user) {
            this.audit.record('login_failed', {
                brandId: client.brandId,
                clientId: client.clientId,
                details: { reason: 'invalid_activation_code' },
            });
            throw new oauth_errors_1.InvalidGrantError('The activation code is invalid, expired or already used');
        }
        await this.users.recordLogin(user);
        const session = await this.sessions.start(user.id, client, scope);
        return this.issuer.forUser({ user, client, scope, ...session }, this.grantType);
    }
};
exports.ActivationCodeGrant = ActivationCodeGrant;
exports.ActivationCodeGrant = ActivationCodeGrant = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [activation_service_1.ActivationService,
        users_service_1.UsersService,
        sessions_service_1.SessionsService,
        token_issuer_service_1.TokenIssuer,
        audit_service_1.AuditService])
], ActivationCodeGrant);
//# sourceMappingURL=activation-code.grant.js.map