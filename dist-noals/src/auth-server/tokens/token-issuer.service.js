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
exports.TokenIssuer = void 0;
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../audit/audit.service");
const identity_dto_1 = require("../../users/dto/identity.dto");
const access_token_service_1 = require("./access-token.service");
/** Builds token responses: signs the access token and adds what the grant type calls for. */
let TokenIssuer = class TokenIssuer {
    accessTokens;
    audit;
    constructor(accessTokens, audit) {
        this.accessTokens = accessTokens;
        this.audit = audit;
    }
    forUser(parts, grantType) {
        const { user, client } = parts;
        const accessToken = this.accessTokens.sign({
            subject: user.id,
            clientId: client.clientId,
            brand: client.brand.code,
            scope: parts.scope,
            ttl: client.accessTokenTtl,
            sessionId: parts.sessionId,
        });
        this.audit.record('token_issued', {
            brandId: client.brandId,
            clientId: client.clientId,
            userId: user.id,
            sessionId: parts.sessionId,
            details: { grant_type: grantType, scope: parts.scope },
        });
        return {
            access_token: accessToken,
            token_type: 'Bearer',
            expires_in: client.accessTokenTtl,
            scope: parts.scope,
            refresh_token: parts.refreshToken,
            identity: identity_dto_1.IdentityDto.from(user),
        };
    }
    forClient(client, scope) {
        const accessToken = this.accessTokens.sign({
            subject: client.clientId,
            clientId: client.clientId,
            brand: client.brand.code,
            scope,
            ttl: client.accessTokenTtl,
        });
        this.audit.record('token_issued', {
            brandId: client.brandId,
            clientId: client.clientId,
            details: { grant_type: 'client_credentials', scope },
        });
        return {
            access_token: accessToken,
            token_type: 'Bearer',
            expires_in: client.accessTokenTtl,
            scope,
        };
    }
};
exports.TokenIssuer = TokenIssuer;
exports.TokenIssuer = TokenIssuer = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [access_token_service_1.AccessTokenService,
        audit_service_1.AuditService])
], TokenIssuer);
//# sourceMappingURL=token-issuer.service.js.map