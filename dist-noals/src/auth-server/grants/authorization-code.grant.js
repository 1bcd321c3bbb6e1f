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
exports.AuthorizationCodeGrant = void 0;
const common_1 = require("@nestjs/common");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const users_service_1 = require("../../users/users.service");
const authorization_codes_service_1 = require("../authorize/authorization-codes.service");
const token_issuer_service_1 = require("../tokens/token-issuer.service");
const params_1 = require("./params");
const player_status_1 = require("./player-status");
/**
 * Authorization code (RFC 6749 §4.1.3) with PKCE (RFC 7636 §4.6): the client trades the code that
 * the login page sent to its redirect URI for a new session of the player who logged in.
 */
let AuthorizationCodeGrant = class AuthorizationCodeGrant {
    codes;
    users;
    issuer;
    grantType = 'authorization_code';
    constructor(codes, users, issuer) {
        this.codes = codes;
        this.users = users;
        this.issuer = issuer;
    }
    async handle({ params, client }) {
        const code = (0, params_1.requireParam)(params, 'code');
        const redirectUri = (0, params_1.requireParam)(params, 'redirect_uri');
        const redeemed = await this.codes.redeem({
            code,
            client,
            redirectUri,
            codeVerifier: params.code_verifier || undefined,
            loadPlayer: (userId) => this.loadPlayer(client, userId),
        });
        const { user, scope, sessionId, refreshToken } = redeemed;
        return this.issuer.forUser({ user, client, scope, sessionId, refreshToken }, this.grantType);
    }
    async loadPlayer(client, userId) {
        const user = await this.users.findInBrand(client.brandId, userId);
        if (!user) {
            throw new oauth_errors_1.InvalidGrantError('The player of this authorization code no longer exists');
        }
        (0, player_status_1.assertActive)(user);
        return user;
    }
};
exports.AuthorizationCodeGrant = AuthorizationCodeGrant;
exports.AuthorizationCodeGrant = AuthorizationCodeGrant = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [authorization_codes_service_1.AuthorizationCodesService,
        users_service_1.UsersService,
        token_issuer_service_1.TokenIssuer])
], AuthorizationCodeGrant);
//# sourceMappingURL=authorization-code.grant.js.map