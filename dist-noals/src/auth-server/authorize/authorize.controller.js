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
exports.AuthorizeController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const rate_limit_decorator_1 = require("../../common/rate-limit/rate-limit.decorator");
const authorize_response_1 = require("./authorize-response");
const authorize_service_1 = require("./authorize.service");
const HTML_PAGE = { 'text/html': { schema: { type: 'string', example: '<!doctype html>' } } };
/** The login and consent pages of the authorization code flow, as HTML for browsers. */
let AuthorizeController = class AuthorizeController {
    authorize;
    constructor(authorize) {
        this.authorize = authorize;
    }
    async show(request, reply) {
        const response = await this.authorize.start(request.query, request.headers.cookie);
        (0, authorize_response_1.sendAuthorizeResponse)(reply, response, request.method);
    }
    async login(request, reply) {
        const response = await this.authorize.submitLogin(formBody(request), request.headers.cookie);
        (0, authorize_response_1.sendAuthorizeResponse)(reply, response, request.method);
    }
    async consent(request, reply) {
        const response = await this.authorize.submitConsent(formBody(request), request.headers.cookie);
        (0, authorize_response_1.sendAuthorizeResponse)(reply, response, request.method);
    }
};
exports.AuthorizeController = AuthorizeController;
__decorate([
    (0, common_1.Get)(),
    (0, rate_limit_decorator_1.RateLimit)('oauth_authorize'),
    (0, swagger_1.ApiOperation)({
        summary: 'Authorization endpoint (RFC 6749 §4.1): the login page of the authorization code flow',
        description: 'Opened in a browser. After the player logs in (and, for third-party clients, consents), the browser is redirected to redirect_uri with code, state and iss.',
    }),
    (0, swagger_1.ApiQuery)({ name: 'response_type', enum: ['code'] }),
    (0, swagger_1.ApiQuery)({ name: 'client_id', type: String, example: 'xcasino-swagger-ui' }),
    (0, swagger_1.ApiQuery)({
        name: 'redirect_uri',
        type: String,
        description: 'Exactly as registered; loopback IPs on any port',
        example: 'http://127.0.0.1:3000/docs/oauth2-redirect.html',
    }),
    (0, swagger_1.ApiQuery)({
        name: 'scope',
        required: false,
        type: String,
        description: "Space-separated scopes; the client's default scopes when absent",
        example: 'profile:read wallet:read',
    }),
    (0, swagger_1.ApiQuery)({
        name: 'state',
        required: false,
        type: String,
        description: 'Sent back unchanged with the code or the error',
        example: 'xyz',
    }),
    (0, swagger_1.ApiQuery)({
        name: 'code_challenge',
        required: false,
        type: String,
        description: 'PKCE (RFC 7636): BASE64URL(SHA-256(code_verifier)); required for public clients',
        example: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    }),
    (0, swagger_1.ApiQuery)({ name: 'code_challenge_method', required: false, enum: ['S256'] }),
    (0, swagger_1.ApiOkResponse)({ description: 'The login page', content: HTML_PAGE }),
    (0, swagger_1.ApiFoundResponse)({
        description: 'Redirect to redirect_uri with error, error_description, state and iss, for errors other than those of the client and redirect_uri',
        headers: {
            Location: {
                description: 'redirect_uri with the error parameters added to its query',
                schema: { type: 'string' },
            },
        },
    }),
    (0, swagger_1.ApiBadRequestResponse)({
        description: 'Error page, never a redirect: client_id is missing or unknown, or redirect_uri is missing or not registered for the client',
        content: HTML_PAGE,
    }),
    __param(0, (0, common_1.Req)()),
    __param(1, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], AuthorizeController.prototype, "show", null);
__decorate([
    (0, common_1.Post)(),
    (0, rate_limit_decorator_1.RateLimit)('oauth_authorize'),
    (0, swagger_1.ApiExcludeEndpoint)(),
    openapi.ApiResponse({ status: 201 }),
    __param(0, (0, common_1.Req)()),
    __param(1, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], AuthorizeController.prototype, "login", null);
__decorate([
    (0, common_1.Post)('consent'),
    (0, rate_limit_decorator_1.RateLimit)('oauth_authorize'),
    (0, swagger_1.ApiExcludeEndpoint)(),
    openapi.ApiResponse({ status: 201 }),
    __param(0, (0, common_1.Req)()),
    __param(1, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], AuthorizeController.prototype, "consent", null);
exports.AuthorizeController = AuthorizeController = __decorate([
    (0, swagger_1.ApiTags)('oauth'),
    (0, common_1.Controller)('oauth/authorize'),
    __metadata("design:paramtypes", [authorize_service_1.AuthorizeService])
], AuthorizeController);
function formBody(request) {
    const body = request.body;
    return typeof body === 'object' && body !== null && !Array.isArray(body)
        ? body
        : {};
}
//# sourceMappingURL=authorize.controller.js.map