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
exports.ClientCredentialsGrant = void 0;
const common_1 = require("@nestjs/common");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const token_issuer_service_1 = require("../tokens/token-issuer.service");
const scope_1 = require("./scope");
/**
 * Client credentials (RFC 6749 §4.4): a confidential client acting for itself, such as a back
 * office or a game provider's server. No refresh token and no identity.
 */
let ClientCredentialsGrant = class ClientCredentialsGrant {
    issuer;
    grantType = 'client_credentials';
    constructor(issuer) {
        this.issuer = issuer;
    }
    handle({ params, client }) {
        if (client.type !== 'confidential') {
            throw new oauth_errors_1.UnauthorizedClientError('client_credentials is only for confidential clients');
        }
        const scope = (0, scope_1.resolveScope)(params.scope, client.scopes, client.defaultScopes);
        return Promise.resolve(this.issuer.forClient(client, scope));
    }
};
exports.ClientCredentialsGrant = ClientCredentialsGrant;
exports.ClientCredentialsGrant = ClientCredentialsGrant = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [token_issuer_service_1.TokenIssuer])
], ClientCredentialsGrant);
//# sourceMappingURL=client-credentials.grant.js.map