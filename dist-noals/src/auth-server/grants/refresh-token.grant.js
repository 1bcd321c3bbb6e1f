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
exports.RefreshTokenGrant = void 0;
const common_1 = require("@nestjs/common");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const users_service_1 = require("../../users/users.service");
const sessions_service_1 = require("../tokens/sessions.service");
const token_issuer_service_1 = require("../tokens/token-issuer.service");
const params_1 = require("./params");
const player_status_1 = require("./player-status");
const scope_1 = require("./scope");
/**
 * Refresh (RFC 6749 §6) with rotation: every use returns a new refresh token and retires the old
 * one. The access token may ask for a narrower scope; the new refresh token keeps the old scope.
 */
let RefreshTokenGrant = class RefreshTokenGrant {
    users;
    sessions;
    issuer;
    grantType = 'refresh_token';
    constructor(users, sessions, issuer) {
        this.users = users;
        this.sessions = sessions;
        this.issuer = issuer;
    }
    async handle({ params, client }) {
        const presented = (0, params_1.requireParam)(params, 'refresh_token');
        const record = await this.sessions.inspect(presented, client);
        const granted = record.token.scope.split(' ').filter(Boolean);
        const scope = (0, scope_1.resolveScope)(params.scope, granted, granted);
        const user = await this.users.findInBrand(client.brandId, record.session.userId);
        if (!user) {
            throw new oauth_errors_1.InvalidGrantError('The player of this refresh token no longer exists');
        }
        (0, player_status_1.assertActive)(user);
        const refreshToken = await this.sessions.rotate(record, client);
        return this.issuer.forUser({ user, client, scope, sessionId: record.session.id, refreshToken }, this.grantType);
    }
};
exports.RefreshTokenGrant = RefreshTokenGrant;
exports.RefreshTokenGrant = RefreshTokenGrant = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [users_service_1.UsersService,
        sessions_service_1.SessionsService,
        token_issuer_service_1.TokenIssuer])
], RefreshTokenGrant);
//# sourceMappingURL=refresh-token.grant.js.map