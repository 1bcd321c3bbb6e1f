"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PlayerOrProviderScopes = PlayerOrProviderScopes;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const bearer_auth_guard_1 = require("../../common/auth/bearer-auth.guard");
const scopes_guard_1 = require("../../common/auth/scopes.guard");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const scopes_1 = require("../../common/scopes");
/**
 * Protects a route open to a player token with `game-sessions:write` and to a game provider's
 * token with `rounds:write`. GameSessionsService checks the scope, because the scope needed
 * depends on the kind of token.
 */
function PlayerOrProviderScopes() {
    return (0, common_1.applyDecorators)((0, common_1.UseGuards)(bearer_auth_guard_1.BearerAuthGuard, scopes_guard_1.ScopesGuard), (0, swagger_1.ApiBearerAuth)('bearer'), (0, swagger_1.ApiOAuth2)([scopes_1.Scope.GameSessionsWrite], 'oauth2'), (0, swagger_1.ApiOAuth2)([scopes_1.Scope.RoundsWrite], 'oauth2'), (0, swagger_1.ApiBadRequestResponse)({
        description: 'Invalid fields, or a malformed request or token placement',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiUnauthorizedResponse)({
        description: 'Missing, invalid, expired or revoked access token (RFC 6750 §3)',
        type: api_error_dto_1.ApiErrorDto,
    }), (0, swagger_1.ApiForbiddenResponse)({
        description: 'A player token without game-sessions:write or a client token without rounds:write',
        type: api_error_dto_1.ApiErrorDto,
    }));
}
//# sourceMappingURL=player-or-provider.decorator.js.map