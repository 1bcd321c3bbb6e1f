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
exports.OptionalBearerGuard = void 0;
exports.ScopesWhenAuthenticated = ScopesWhenAuthenticated;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../errors/api-error.dto");
const bearer_auth_guard_1 = require("./bearer-auth.guard");
const scopes_guard_1 = require("./scopes.guard");
/**
 * Runs the bearer and scope checks of `@Scopes()` only when the request presents an access
 * token, in the Authorization header or, wrongly, as an `access_token` field. A request without
 * one passes with no principal, and the handler treats it as anonymous.
 */
let OptionalBearerGuard = class OptionalBearerGuard {
    bearer;
    scopes;
    constructor(bearer, scopes) {
        this.bearer = bearer;
        this.scopes = scopes;
    }
    async canActivate(context) {
        const request = context.switchToHttp().getRequest();
        if (!presentsAccessToken(request)) {
            return true;
        }
        await this.bearer.canActivate(context);
        return this.scopes.canActivate(context);
    }
};
exports.OptionalBearerGuard = OptionalBearerGuard;
exports.OptionalBearerGuard = OptionalBearerGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [bearer_auth_guard_1.BearerAuthGuard,
        scopes_guard_1.ScopesGuard])
], OptionalBearerGuard);
function presentsAccessToken(request) {
    return (request.headers.authorization !== undefined ||
        hasField(request.query, 'access_token') ||
        hasField(request.body, 'access_token'));
}
function hasField(container, name) {
    return typeof container === 'object' && container !== null && name in container;
}
/**
 * Serves a route both anonymously and to callers whose bearer token carries every scope listed.
 * A request with a token is checked as `@Scopes()` checks it. Get the caller with
 * `@CurrentPrincipal()`, which is undefined for an anonymous request.
 */
function ScopesWhenAuthenticated(...scopes) {
    return (0, common_1.applyDecorators)((0, common_1.SetMetadata)(scopes_guard_1.REQUIRED_SCOPES, scopes), (0, common_1.UseGuards)(OptionalBearerGuard), (0, swagger_1.ApiSecurity)({}), (0, swagger_1.ApiBearerAuth)('bearer'), (0, swagger_1.ApiOAuth2)(scopes, 'oauth2'), (0, swagger_1.ApiUnauthorizedResponse)({
        description: 'Invalid, expired or revoked access token (RFC 6750 §3)',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiForbiddenResponse)({
        description: `The token lacks a required scope: ${scopes.join(' ')}`,
        type: api_error_dto_1.ApiErrorDto,
    }));
}
//# sourceMappingURL=optional-scopes.js.map