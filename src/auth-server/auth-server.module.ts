import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { UsersModule } from '../users/users.module';
import { AppConfig } from '../config/app-config';
import {
  CAPTCHA_VERIFIER,
  CaptchaVerifier,
  UnconfiguredCaptchaVerifier,
} from './captcha/captcha-verifier';
import { HttpCaptchaVerifier } from './captcha/http-captcha-verifier';
import { AuthorizationCodesRepository } from './authorize/authorization-codes.repository';
import { AuthorizationCodesService } from './authorize/authorization-codes.service';
import { AuthorizeController } from './authorize/authorize.controller';
import { AuthorizeService } from './authorize/authorize.service';
import { ConsentsController } from './authorize/consents.controller';
import { ConsentsRepository } from './authorize/consents.repository';
import { ConsentsService } from './authorize/consents.service';
import { FormProtection } from './authorize/form-protection';
import { AllowedOrigins } from './cors/allowed-origins.service';
import { ClientAuthenticator } from './clients/client-authenticator.service';
import { ClientCache } from './clients/client-cache.service';
import { ClientsController } from './clients/clients.controller';
import { ClientsRepository } from './clients/clients.repository';
import { ClientsService } from './clients/clients.service';
import { ActivationCodeGrant } from './grants/activation-code.grant';
import { AuthorizationCodeGrant } from './grants/authorization-code.grant';
import { ClientCredentialsGrant } from './grants/client-credentials.grant';
import { Grant, GRANTS } from './grants/grant';
import { GrantRegistry } from './grants/grant-registry';
import { IntrospectionController } from './introspection/introspection.controller';
import { IntrospectionRepository } from './introspection/introspection.repository';
import { TokenIntrospectionService } from './introspection/token-introspection.service';
import { LockoutService } from './lockout/lockout.service';
import { PlayerLogin } from './login/player-login.service';
import { PasswordGrant } from './grants/password.grant';
import { RefreshTokenGrant } from './grants/refresh-token.grant';
import { SigningKeysRepository } from './keys/signing-keys.repository';
import { SigningKeysService } from './keys/signing-keys.service';
import { KeyRotationScheduler } from './keys/key-rotation.scheduler';
import { KeysController } from './keys/keys.controller';
import { WellKnownController } from './keys/well-known.controller';
import { RevocationController } from './revocation/revocation.controller';
import { TokenRevocationService } from './revocation/token-revocation.service';
import { TokenEndpointService } from './token-endpoint/token-endpoint.service';
import { TokenController } from './token-endpoint/token.controller';
import { AccessTokenRevocationsService } from './tokens/access-token-revocations.service';
import { AccessTokenService } from './tokens/access-token.service';
import { NotificationListener } from './tokens/notification-listener';
import { PlayerSessionsController } from './tokens/player-sessions.controller';
import { PlayerSessionsService } from './tokens/player-sessions.service';
import { RevokedAccessTokensRepository } from './tokens/revoked-access-tokens.repository';
import { SessionRevocationsService } from './tokens/session-revocations.service';
import { SessionsRepository } from './tokens/sessions.repository';
import { SessionsService } from './tokens/sessions.service';
import { TokenIssuer } from './tokens/token-issuer.service';

/** Every grant of the token endpoint; a new grant is one class and one line here. */
const GRANT_CLASSES = [
  PasswordGrant,
  RefreshTokenGrant,
  ClientCredentialsGrant,
  ActivationCodeGrant,
  AuthorizationCodeGrant,
];

function captchaVerifier(config: AppConfig): CaptchaVerifier {
  if (!config.CAPTCHA_VERIFY_URL || !config.CAPTCHA_SECRET) {
    return new UnconfiguredCaptchaVerifier();
  }
  return new HttpCaptchaVerifier(
    config.CAPTCHA_VERIFY_URL,
    config.CAPTCHA_SECRET,
    config.CAPTCHA_TIMEOUT_MS,
  );
}

/**
 * The authorization server. Global so that the bearer guard, used by every resource module, can
 * reach AccessTokenService without those modules importing this one.
 */
@Global()
@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [
    TokenController,
    ClientsController,
    WellKnownController,
    KeysController,
    RevocationController,
    IntrospectionController,
    PlayerSessionsController,
    AuthorizeController,
    ConsentsController,
  ],
  providers: [
    ...GRANT_CLASSES,
    { provide: GRANTS, useFactory: (...grants: Grant[]) => grants, inject: GRANT_CLASSES },
    { provide: CAPTCHA_VERIFIER, useFactory: captchaVerifier, inject: [AppConfig] },
    LockoutService,
    PlayerLogin,
    GrantRegistry,
    AuthorizeService,
    AuthorizationCodesService,
    AuthorizationCodesRepository,
    ConsentsRepository,
    ConsentsService,
    FormProtection,
    AllowedOrigins,
    TokenEndpointService,
    ClientsRepository,
    ClientAuthenticator,
    ClientCache,
    ClientsService,
    SigningKeysRepository,
    SigningKeysService,
    KeyRotationScheduler,
    AccessTokenService,
    SessionRevocationsService,
    NotificationListener,
    SessionsRepository,
    SessionsService,
    PlayerSessionsService,
    TokenIssuer,
    AccessTokenRevocationsService,
    RevokedAccessTokensRepository,
    TokenRevocationService,
    TokenIntrospectionService,
    IntrospectionRepository,
  ],
  exports: [
    AccessTokenService,
    ClientsService,
    ClientsRepository,
    GrantRegistry,
    SessionsService,
    LockoutService,
  ],
})
export class AuthServerModule {}
