import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';

import { UsersModule } from '../users/users.module';
import { CAPTCHA_VERIFIER, UnconfiguredCaptchaVerifier } from './captcha/captcha-verifier';
import { ClientAuthenticator } from './clients/client-authenticator.service';
import { ClientsController } from './clients/clients.controller';
import { ClientsRepository } from './clients/clients.repository';
import { ClientsService } from './clients/clients.service';
import { ActivationCodeGrant } from './grants/activation-code.grant';
import { ClientCredentialsGrant } from './grants/client-credentials.grant';
import { Grant, GRANTS } from './grants/grant';
import { GrantRegistry } from './grants/grant-registry';
import { PasswordGrant } from './grants/password.grant';
import { RefreshTokenGrant } from './grants/refresh-token.grant';
import { SigningKeysRepository } from './keys/signing-keys.repository';
import { SigningKeysService } from './keys/signing-keys.service';
import { WellKnownController } from './keys/well-known.controller';
import { TokenEndpointService } from './token-endpoint/token-endpoint.service';
import { TokenController } from './token-endpoint/token.controller';
import { AccessTokenService } from './tokens/access-token.service';
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
];

/**
 * The authorization server. Global so that the bearer guard, used by every resource module, can
 * reach AccessTokenService without those modules importing this one.
 */
@Global()
@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [TokenController, ClientsController, WellKnownController],
  providers: [
    ...GRANT_CLASSES,
    { provide: GRANTS, useFactory: (...grants: Grant[]) => grants, inject: GRANT_CLASSES },
    { provide: CAPTCHA_VERIFIER, useClass: UnconfiguredCaptchaVerifier },
    GrantRegistry,
    TokenEndpointService,
    ClientsRepository,
    ClientAuthenticator,
    ClientsService,
    SigningKeysRepository,
    SigningKeysService,
    AccessTokenService,
    SessionRevocationsService,
    SessionsRepository,
    SessionsService,
    TokenIssuer,
  ],
  exports: [AccessTokenService, ClientsService, ClientsRepository, SessionsService],
})
export class AuthServerModule {}
