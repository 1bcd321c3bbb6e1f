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
exports.BearerStrategy = void 0;
const common_1 = require("@nestjs/common");
const passport_1 = require("@nestjs/passport");
const passport_http_bearer_1 = require("passport-http-bearer");
const access_token_service_1 = require("../../auth-server/tokens/access-token.service");
const bearer_errors_1 = require("../errors/bearer.errors");
/** Verifies the bearer token of a request and turns its claims into a Principal. */
let BearerStrategy = class BearerStrategy extends (0, passport_1.PassportStrategy)(passport_http_bearer_1.Strategy, 'bearer') {
    accessTokens;
    constructor(accessTokens) {
        super();
        this.accessTokens = accessTokens;
    }
    validate(token) {
        try {
            const claims = this.accessTokens.verify(token);
            return {
                subject: claims.sub,
                clientId: claims.client_id,
                brand: claims.brand,
                scopes: new Set(claims.scope ? claims.scope.split(' ') : []),
                sessionId: claims.sid,
                tokenId: claims.jti,
                expiresAt: claims.exp,
            };
        }
        catch (error) {
            if (error instanceof access_token_service_1.AccessTokenRejected) {
                throw bearer_errors_1.BearerError.invalidToken(error.message);
            }
            throw error;
        }
    }
};
exports.BearerStrategy = BearerStrategy;
exports.BearerStrategy = BearerStrategy = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [access_token_service_1.AccessTokenService])
], BearerStrategy);
//# sourceMappingURL=bearer.strategy.js.map