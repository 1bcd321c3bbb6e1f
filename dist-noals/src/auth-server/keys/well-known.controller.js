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
exports.WellKnownController = void 0;
const openapi = require("@nestjs/swagger");
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const scopes_1 = require("../../common/scopes");
const app_config_1 = require("../../config/app-config");
const grant_registry_1 = require("../grants/grant-registry");
const authorization_server_metadata_dto_1 = require("./dto/authorization-server-metadata.dto");
const jwk_set_dto_1 = require("./dto/jwk-set.dto");
const signing_keys_service_1 = require("./signing-keys.service");
let WellKnownController = class WellKnownController {
    keys;
    grants;
    config;
    constructor(keys, grants, config) {
        this.keys = keys;
        this.grants = grants;
        this.config = config;
    }
    jwks() {
        return { keys: this.keys.publicJwks() };
    }
    metadata() {
        const issuer = this.config.issuer;
        return {
            issuer,
            authorization_endpoint: `${issuer}/oauth/authorize`,
            token_endpoint: `${issuer}/oauth/token`,
            jwks_uri: `${issuer}/.well-known/jwks.json`,
            grant_types_supported: this.grants.grantTypes(),
            response_types_supported: ['code'],
            response_modes_supported: ['query'],
            code_challenge_methods_supported: ['S256'],
            // The authorization response carries `iss` (RFC 9207) against mix-up attacks.
            authorization_response_iss_parameter_supported: true,
            token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
            revocation_endpoint: `${issuer}/oauth/revoke`,
            revocation_endpoint_auth_methods_supported: [
                'client_secret_basic',
                'client_secret_post',
                'none',
            ],
            // Public clients cannot introspect, so `none` is not offered.
            introspection_endpoint: `${issuer}/oauth/introspect`,
            introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
            scopes_supported: scopes_1.ALL_SCOPES,
            service_documentation: `${issuer}/docs`,
        };
    }
};
exports.WellKnownController = WellKnownController;
__decorate([
    (0, common_1.Get)('jwks.json'),
    (0, common_1.Header)('Cache-Control', 'public, max-age=300'),
    (0, swagger_1.ApiOperation)({ summary: 'Public keys that verify access tokens (RFC 7517 JWK Set)' }),
    (0, swagger_1.ApiOkResponse)({ type: jwk_set_dto_1.JwkSetDto }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], WellKnownController.prototype, "jwks", null);
__decorate([
    (0, common_1.Get)('oauth-authorization-server'),
    (0, common_1.Header)('Cache-Control', 'public, max-age=300'),
    (0, swagger_1.ApiOperation)({ summary: 'Authorization server metadata (RFC 8414)' }),
    (0, swagger_1.ApiOkResponse)({ type: authorization_server_metadata_dto_1.AuthorizationServerMetadataDto }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], WellKnownController.prototype, "metadata", null);
exports.WellKnownController = WellKnownController = __decorate([
    (0, swagger_1.ApiTags)('oauth'),
    (0, common_1.Controller)('.well-known'),
    __metadata("design:paramtypes", [signing_keys_service_1.SigningKeysService,
        grant_registry_1.GrantRegistry,
        app_config_1.AppConfig])
], WellKnownController);
//# sourceMappingURL=well-known.controller.js.map