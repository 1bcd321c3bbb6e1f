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
exports.RevocationController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const rate_limit_decorator_1 = require("../../common/rate-limit/rate-limit.decorator");
const revocation_request_dto_1 = require("./revocation-request.dto");
const token_revocation_service_1 = require("./token-revocation.service");
let RevocationController = class RevocationController {
    revocation;
    constructor(revocation) {
        this.revocation = revocation;
    }
    async revoke(request) {
        await this.revocation.revoke(request);
    }
};
exports.RevocationController = RevocationController;
__decorate([
    (0, common_1.Post)('revoke'),
    (0, common_1.HttpCode)(200),
    (0, rate_limit_decorator_1.RateLimit)('oauth_revoke'),
    (0, common_1.Header)('Cache-Control', 'no-store'),
    (0, common_1.Header)('Pragma', 'no-cache'),
    (0, swagger_1.ApiOperation)({
        summary: 'Token revocation (RFC 7009): ends an access token or a refresh token',
        description: 'Revoking a refresh token ends its session and every access token of that session. ' +
            'Accepts a form or a JSON body and the client authentication of the token endpoint; ' +
            'public clients send client_id alone. Unknown, expired and already revoked tokens, and ' +
            'tokens of another client, which are left as they are, all answer 200.',
    }),
    (0, swagger_1.ApiConsumes)('application/x-www-form-urlencoded', 'application/json'),
    (0, swagger_1.ApiBody)({ type: revocation_request_dto_1.RevocationRequestDto }),
    (0, swagger_1.ApiOkResponse)({ description: 'Empty body: the token is no longer valid, or never was' }),
    (0, swagger_1.ApiBadRequestResponse)({
        description: 'invalid_request, or invalid_client without HTTP Basic',
        type: api_error_dto_1.OAuthErrorDto,
    }),
    (0, swagger_1.ApiUnauthorizedResponse)({ description: 'invalid_client after HTTP Basic', type: api_error_dto_1.OAuthErrorDto }),
    __param(0, (0, common_1.Req)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], RevocationController.prototype, "revoke", null);
exports.RevocationController = RevocationController = __decorate([
    (0, swagger_1.ApiTags)('oauth'),
    (0, common_1.Controller)('oauth'),
    __metadata("design:paramtypes", [token_revocation_service_1.TokenRevocationService])
], RevocationController);
//# sourceMappingURL=revocation.controller.js.map