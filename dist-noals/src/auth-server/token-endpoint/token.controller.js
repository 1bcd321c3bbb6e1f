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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.TokenController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const rate_limit_decorator_1 = require("../../common/rate-limit/rate-limit.decorator");
const token_response_dto_1 = require("../tokens/dto/token-response.dto");
const token_endpoint_service_1 = require("./token-endpoint.service");
const token_request_dto_1 = require("./token-request.dto");
let TokenController = class TokenController {
    tokenEndpoint;
    constructor(tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }
    token(request) {
        return this.tokenEndpoint.exchange(request);
    }
};
exports.TokenController = TokenController;
__decorate([
    (0, common_1.Post)(['token', '']),
    (0, rate_limit_decorator_1.RateLimit)('oauth_token'),
    (0, common_1.HttpCode)(200),
    (0, common_1.Header)('Cache-Control', 'no-store'),
    (0, common_1.Header)('Pragma', 'no-cache'),
    (0, swagger_1.ApiOperation)({
        summary: 'Token endpoint (RFC 6749): password, refresh_token, client_credentials, activation_code and authorization_code grants',
        description: 'Also served at POST /oauth. Accepts a form or a JSON body.\n\n' +
            '- `password`: username and password of a player.\n' +
            '- `refresh_token`: a refresh token, rotated on every use.\n' +
            '- `client_credentials`: a confidential client acting for itself.\n' +
            '- `activation_code`: the code sent to a new player, which activates the account.\n' +
            '- `authorization_code`: the code sent to the redirect URI by GET /oauth/authorize, with ' +
            'the same redirect_uri and the PKCE code_verifier (RFC 7636).',
    }),
    (0, swagger_1.ApiConsumes)('application/x-www-form-urlencoded', 'application/json'),
    (0, swagger_1.ApiBody)({ type: token_request_dto_1.TokenRequestDto }),
    (0, swagger_1.ApiOkResponse)({ type: token_response_dto_1.TokenResponseDto }),
    (0, swagger_1.ApiBadRequestResponse)({
        description: 'invalid_request, invalid_grant, invalid_scope, unauthorized_client, unsupported_grant_type, or invalid_client without HTTP Basic',
        type: api_error_dto_1.OAuthErrorDto,
    }),
    (0, swagger_1.ApiUnauthorizedResponse)({ description: 'invalid_client after HTTP Basic', type: api_error_dto_1.OAuthErrorDto }),
    __param(0, (0, common_1.Req)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], TokenController.prototype, "token", null);
exports.TokenController = TokenController = __decorate([
    (0, swagger_1.ApiTags)('oauth'),
    (0, common_1.Controller)('oauth'),
    __metadata("design:paramtypes", [token_endpoint_service_1.TokenEndpointService])
], TokenController);
//# sourceMappingURL=token.controller.js.map