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
exports.TokenEndpointService = void 0;
const common_1 = require("@nestjs/common");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const metrics_service_1 = require("../../common/metrics/metrics.service");
const client_authenticator_service_1 = require("../clients/client-authenticator.service");
const client_credentials_1 = require("../clients/client-credentials");
const grant_registry_1 = require("../grants/grant-registry");
const params_1 = require("../grants/params");
const token_params_1 = require("./token-params");
/**
 * The token endpoint (RFC 6749 §3.2) as a list of steps: read the parameters, find the grant,
 * authenticate the client, check that the client may use the grant, and let the grant decide.
 */
let TokenEndpointService = class TokenEndpointService {
    grants;
    clients;
    metrics;
    constructor(grants, clients, metrics) {
        this.grants = grants;
        this.clients = clients;
        this.metrics = metrics;
    }
    async exchange(request) {
        const params = (0, token_params_1.readTokenParams)(request);
        const grant = this.findGrant((0, params_1.requireParam)(params, 'grant_type'));
        const client = await this.clients.authenticate((0, client_credentials_1.readClientCredentials)(request, params));
        if (!client.grantTypes.includes(grant.grantType)) {
            throw new oauth_errors_1.UnauthorizedClientError(`This client may not use the ${grant.grantType} grant`);
        }
        const response = await grant.handle({ params, client, http: request });
        this.metrics.tokenIssued(grant.grantType);
        return response;
    }
    findGrant(grantType) {
        const grant = this.grants.find(grantType);
        if (!grant) {
            throw new oauth_errors_1.UnsupportedGrantTypeError(`Unsupported grant_type: ${grantType.slice(0, 64)}`);
        }
        return grant;
    }
};
exports.TokenEndpointService = TokenEndpointService;
exports.TokenEndpointService = TokenEndpointService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [grant_registry_1.GrantRegistry,
        client_authenticator_service_1.ClientAuthenticator,
        metrics_service_1.MetricsService])
], TokenEndpointService);
//# sourceMappingURL=token-endpoint.service.js.map