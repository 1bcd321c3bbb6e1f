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
exports.IntrospectionController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const api_error_dto_1 = require("../../common/errors/api-error.dto");
const rate_limit_decorator_1 = require("../../common/rate-limit/rate-limit.decorator");
const introspection_response_dto_1 = require("./dto/introspection-response.dto");
const introspection_request_dto_1 = require("./introspection-request.dto");
const token_introspection_service_1 = require("./token-introspection.service");
let IntrospectionController = class IntrospectionController {
    introspection;
    constructor(introspection) {
        this.introspection = introspection;
    }
    introspect(request) {
        return this.introspection.introspect(request);
    }
};
exports.IntrospectionController = IntrospectionController;
__decorate([
    (0, common_1.Post)('introspect'),
    (0, common_1.HttpCode)(200),
    (0, rate_limit_decorator_1.RateLimit)('oauth_introspect'),
    (0, common_1.Header)('Cache-Control', 'no-store'),
    (0, common_1.Header)('Pragma', 'no-cache'),
    (0, swagger_1.ApiOperation)({
        summary: 'Token introspection (RFC 7662): is an access or refresh token active, and its claims',
        description: 'For confidential clients holding the tokens:introspect scope. Accepts a form or a JSON ' +
            'body. Tokens of another brand are reported inactive.',
    }),
    (0, swagger_1.ApiConsumes)('application/x-www-form-urlencoded', 'application/json'),
    (0, swagger_1.ApiBody)({ type: introspection_request_dto_1.IntrospectionRequestDto }),
    (0, swagger_1.ApiOkResponse)({ type: introspection_response_dto_1.IntrospectionResponseDto }),
    (0, swagger_1.ApiBadRequestResponse)({ description: 'invalid_request', type: api_error_dto_1.OAuthErrorDto }),
    (0, swagger_1.ApiUnauthorizedResponse)({
        description: 'invalid_client: missing or wrong credentials, or a public client',
        type: api_error_dto_1.OAuthErrorDto,
    }),
    (0, swagger_1.ApiForbiddenResponse)({
        description: 'unauthorized_client: the client lacks the tokens:introspect scope',
        type: api_error_dto_1.OAuthErrorDto,
    }),
    __param(0, (0, common_1.Req)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], IntrospectionController.prototype, "introspect", null);
exports.IntrospectionController = IntrospectionController = __decorate([
    (0, swagger_1.ApiTags)('oauth'),
    (0, common_1.Controller)('oauth'),
    __metadata("design:paramtypes", [token_introspection_service_1.TokenIntrospectionService])
], IntrospectionController);
//# sourceMappingURL=introspection.controller.js.map