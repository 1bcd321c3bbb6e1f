"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CurrentPrincipal = void 0;
exports.Scopes = Scopes;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../errors/api-error.dto");
const bearer_auth_guard_1 = require("./bearer-auth.guard");
const scopes_guard_1 = require("./scopes.guard");
/**
 * Protects a route with a bearer access token that carries every scope listed, and documents the
 * route's security and its 401/403 responses in OpenAPI.
 */
function Scopes(...scopes) {
    return (0, common_1.applyDecorators)((0, common_1.SetMetadata)(scopes_guard_1.REQUIRED_SCOPES, scopes), (0, common_1.UseGuards)(bearer_auth_guard_1.BearerAuthGuard, scopes_guard_1.ScopesGuard), (0, swagger_1.ApiBearerAuth)('bearer'), (0, swagger_1.ApiOAuth2)(scopes, 'oauth2'), (0, swagger_1.ApiBadRequestResponse)({
        description: 'Malformed request or token placement',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiUnauthorizedResponse)({
        description: 'Missing, invalid, expired or revoked access token (RFC 6750 §3)',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiForbiddenResponse)({
        description: `The token lacks a required scope: ${scopes.join(' ')}`,
        type: api_error_dto_1.ApiErrorDto,
    }));
}
/** Injects the Principal of the verified access token. */
exports.CurrentPrincipal = (0, common_1.createParamDecorator)((_data, context) => context.switchToHttp().getRequest().user);
//# sourceMappingURL=scopes.decorator.js.map