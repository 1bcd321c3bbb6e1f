"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthServerModule = void 0;
const common_1 = require("@nestjs/common");
const jwt_1 = require("@nestjs/jwt");
const users_module_1 = require("../users/users.module");
const app_config_1 = require("../config/app-config");
const captcha_verifier_1 = require("./captcha/captcha-verifier");
const http_captcha_verifier_1 = require("./captcha/http-captcha-verifier");
const authorization_codes_repository_1 = require("./authorize/authorization-codes.repository");
const authorization_codes_service_1 = require("./authorize/authorization-codes.service");
const authorize_controller_1 = require("./authorize/authorize.controller");
const authorize_service_1 = require("./authorize/authorize.service");
const consents_controller_1 = require("./authorize/consents.controller");
const consents_repository_1 = require("./authorize/consents.repository");
const consents_service_1 = require("./authorize/consents.service");
const form_protection_1 = require("./authorize/form-protection");
const allowed_origins_service_1 = require("./cors/allowed-origins.service");
const client_authenticator_service_1 = require("./clients/client-authenticator.service");
const client_cache_service_1 = require("./clients/client-cache.service");
const clients_controller_1 = require("./clients/clients.controller");
const clients_repository_1 = require("./clients/clients.repository");
const clients_service_1 = require("./clients/clients.service");
const activation_code_grant_1 = require("./grants/activation-code.grant");
const authorization_code_grant_1 = require("./grants/authorization-code.grant");
const client_credentials_grant_1 = require("./grants/client-credentials.grant");
const grant_1 = require("./grants/grant");
const grant_registry_1 = require("./grants/grant-registry");
const introspection_controller_1 = require("./introspection/introspection.controller");
const introspection_repository_1 = require("./introspection/introspection.repository");
const token_introspection_service_1 = require("./introspection/token-introspection.service");
const lockout_service_1 = require("./lockout/lockout.service");
const player_login_service_1 = require("./login/player-login.service");
const password_grant_1 = require("./grants/password.grant");
const refresh_token_grant_1 = require("./grants/refresh-token.grant");
const signing_keys_repository_1 = require("./keys/signing-keys.repository");
const signing_keys_service_1 = require("./keys/signing-keys.service");
const key_rotation_scheduler_1 = require("./keys/key-rotation.scheduler");
const keys_controller_1 = require("./keys/keys.controller");
const well_known_controller_1 = require("./keys/well-known.controller");
const revocation_controller_1 = require("./revocation/revocation.controller");
const token_revocation_service_1 = require("./revocation/token-revocation.service");
const token_endpoint_service_1 = require("./token-endpoint/token-endpoint.service");
const token_controller_1 = require("./token-endpoint/token.controller");
const access_token_revocations_service_1 = require("./tokens/access-token-revocations.service");
const access_token_service_1 = require("./tokens/access-token.service");
const notification_listener_1 = require("./tokens/notification-listener");
const player_sessions_controller_1 = require("./tokens/player-sessions.controller");
const player_sessions_service_1 = require("./tokens/player-sessions.service");
const revoked_access_tokens_repository_1 = require("./tokens/revoked-access-tokens.repository");
const session_revocations_service_1 = require("./tokens/session-revocations.service");
const sessions_repository_1 = require("./tokens/sessions.repository");
const sessions_service_1 = require("./tokens/sessions.service");
const token_issuer_service_1 = require("./tokens/token-issuer.service");
/** Every grant of the token endpoint; a new grant is one class and one line here. */
const GRANT_CLASSES = [
    password_grant_1.PasswordGrant,
    refresh_token_grant_1.RefreshTokenGrant,
    client_credentials_grant_1.ClientCredentialsGrant,
    activation_code_grant_1.ActivationCodeGrant,
    authorization_code_grant_1.AuthorizationCodeGrant,
];
function captchaVerifier(config) {
    if (!config.CAPTCHA_VERIFY_URL || !config.CAPTCHA_SECRET) {
        return new captcha_verifier_1.UnconfiguredCaptchaVerifier();
    }
    return new http_captcha_verifier_1.HttpCaptchaVerifier(config.CAPTCHA_VERIFY_URL, config.CAPTCHA_SECRET, config.CAPTCHA_TIMEOUT_MS);
}
/**
 * The authorization server. Global so that the bearer guard, used by every resource module, can
 * reach AccessTokenService without those modules importing this one.
 */
let AuthServerModule = class AuthServerModule {
};
exports.AuthServerModule = AuthServerModule;
exports.AuthServerModule = AuthServerModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({
        imports: [jwt_1.JwtModule.register({}), users_module_1.UsersModule],
        controllers: [
            token_controller_1.TokenController,
            clients_controller_1.ClientsController,
            well_known_controller_1.WellKnownController,
            keys_controller_1.KeysController,
            revocation_controller_1.RevocationController,
            introspection_controller_1.IntrospectionController,
            player_sessions_controller_1.PlayerSessionsController,
            authorize_controller_1.AuthorizeController,
            consents_controller_1.ConsentsController,
        ],
        providers: [
            ...GRANT_CLASSES,
            { provide: grant_1.GRANTS, useFactory: (...grants) => grants, inject: GRANT_CLASSES },
            { provide: captcha_verifier_1.CAPTCHA_VERIFIER, useFactory: captchaVerifier, inject: [app_config_1.AppConfig] },
            lockout_service_1.LockoutService,
            player_login_service_1.PlayerLogin,
            grant_registry_1.GrantRegistry,
            authorize_service_1.AuthorizeService,
            authorization_codes_service_1.AuthorizationCodesService,
            authorization_codes_repository_1.AuthorizationCodesRepository,
            consents_repository_1.ConsentsRepository,
            consents_service_1.ConsentsService,
            form_protection_1.FormProtection,
            allowed_origins_service_1.AllowedOrigins,
            token_endpoint_service_1.TokenEndpointService,
            clients_repository_1.ClientsRepository,
            client_authenticator_service_1.ClientAuthenticator,
            client_cache_service_1.ClientCache,
            clients_service_1.ClientsService,
            signing_keys_repository_1.SigningKeysRepository,
            signing_keys_service_1.SigningKeysService,
            key_rotation_scheduler_1.KeyRotationScheduler,
            access_token_service_1.AccessTokenService,
            session_revocations_service_1.SessionRevocationsService,
            notification_listener_1.NotificationListener,
            sessions_repository_1.SessionsRepository,
            sessions_service_1.SessionsService,
            player_sessions_service_1.PlayerSessionsService,
            token_issuer_service_1.TokenIssuer,
            access_token_revocations_service_1.AccessTokenRevocationsService,
            revoked_access_tokens_repository_1.RevokedAccessTokensRepository,
            token_revocation_service_1.TokenRevocationService,
            token_introspection_service_1.TokenIntrospectionService,
            introspection_repository_1.IntrospectionRepository,
        ],
        exports: [
            access_token_service_1.AccessTokenService,
            clients_service_1.ClientsService,
            clients_repository_1.ClientsRepository,
            grant_registry_1.GrantRegistry,
            sessions_service_1.SessionsService,
            lockout_service_1.LockoutService,
        ],
    })
], AuthServerModule);
//# sourceMappingURL=auth-server.module.js.map