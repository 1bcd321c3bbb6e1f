import { Injectable } from '@nestjs/common';

import { OAuthError } from '../../common/errors/oauth.errors';
import { RequestContext } from '../../common/request-context';
import { AppConfig } from '../../config/app-config';
import { UserEntity } from '../../users/user.entity';
import { ClientCache } from '../clients/client-cache.service';
import { PlayerLogin } from '../login/player-login.service';
import { AuthorizationCodesService } from './authorization-codes.service';
import {
  AuthorizationRequest,
  RawParams,
  readAuthorizationRequest,
  readRedirectTarget,
  readState,
} from './authorization-request';
import { AuthorizeResponse, redirectTo } from './authorize-response';
import { AuthorizationPageError, AuthorizationRedirectError } from './authorize.errors';
import { ConsentsRepository } from './consents.repository';
import { FormProtection } from './form-protection';
import { consentPage, errorPage, loginPage } from './pages';

/** Milliseconds a player has to submit the consent page after logging in. */
const CONSENT_TICKET_TTL_MS = 10 * 60 * 1000;

/** The authorization request and the player who logged in, carried by the consent form. */
interface ConsentTicket {
  userId: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  codeChallenge?: string;
}

/**
 * The authorization endpoint (RFC 6749 §4.1.1): checks the request, shows the login page, logs
 * the player in with the password grant's rules, requests the player's consent for third-party clients
 * and sends the authorization code to the client's redirect URI.
 */
@Injectable()
export class AuthorizeService {
  constructor(
    private readonly clients: ClientCache,
    private readonly login: PlayerLogin,
    private readonly codes: AuthorizationCodesService,
    private readonly consents: ConsentsRepository,
    private readonly forms: FormProtection,
    private readonly config: AppConfig,
  ) {}

  /** Handles `GET /oauth/authorize`: returns the login page, an error page or an error redirect. */
  async start(query: RawParams, cookieHeader: string | undefined): Promise<AuthorizeResponse> {
    return this.answerErrors(query, async () => {
      const request = await this.readRequest(query);
      const existing = this.forms.cookieSecret(cookieHeader);
      const secret = existing ?? this.forms.newSecret();
      return {
        kind: 'page',
        page: this.loginPage(request, secret),
        setCookie: existing ? undefined : this.forms.cookieHeader(secret),
      };
    });
  }

  /** Handles the login form: returns the consent page, the login page with an error, or the code redirect. */
  async submitLogin(
    body: RawParams,
    cookieHeader: string | undefined,
    context: RequestContext,
  ): Promise<AuthorizeResponse> {
    return this.answerErrors(body, async () => {
      const request = await this.readRequest(body);
      const secret = this.forms.cookieSecret(cookieHeader);
      if (!secret || !this.forms.isValidCsrfToken(secret, body.csrf_token)) {
        throw new AuthorizationPageError(
          'The sign-in form expired or was not sent from this site. Open the sign-in link again.',
        );
      }

      const username = typeof body.username === 'string' ? body.username : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const captcha = typeof body.captcha === 'string' ? body.captcha : undefined;
      if (username === '' || password === '') {
        return this.loginError(request, secret, username, 'Enter your username and password.');
      }

      let user: UserEntity;
      try {
        user = await this.login.authenticate(
          request.client,
          { username, password, captcha },
          context,
        );
      } catch (error) {
        if (error instanceof OAuthError && error.status < 500) {
          return this.loginError(request, secret, username, error.description);
        }
        throw error;
      }
      return this.afterLogin(request, user, secret);
    });
  }

  /** Handles the consent form: redirects with the code, or with access_denied. */
  async submitConsent(
    body: RawParams,
    cookieHeader: string | undefined,
  ): Promise<AuthorizeResponse> {
    try {
      const secret = this.forms.cookieSecret(cookieHeader);
      const ticket = this.forms.unseal<ConsentTicket>(body.ticket, secret);
      if (!ticket || !this.forms.isValidCsrfToken(secret, body.csrf_token)) {
        throw new AuthorizationPageError(
          'The consent form expired or was not sent from this site. Open the sign-in link again.',
        );
      }
      const { client, redirectUri } = await readRedirectTarget(
        { client_id: ticket.clientId, redirect_uri: ticket.redirectUri },
        (clientId) => this.clients.find(clientId),
      );

      if (body.decision !== 'allow') {
        return this.errorRedirect(redirectUri, ticket.state, {
          error: 'access_denied',
          description: 'The player denied the request',
        });
      }
      await this.consents.grant(ticket.userId, client.id, ticket.scope.split(' ').filter(Boolean));
      const request: AuthorizationRequest = { ...ticket, client, redirectUri };
      return this.sendCode(request, ticket.userId);
    } catch (error) {
      if (error instanceof AuthorizationPageError) {
        return { kind: 'page', page: errorPage(error.description) };
      }
      throw error;
    }
  }

  private async readRequest(raw: RawParams): Promise<AuthorizationRequest> {
    const target = await readRedirectTarget(raw, (clientId) => this.clients.find(clientId));
    return readAuthorizationRequest(raw, target);
  }

  private async afterLogin(
    request: AuthorizationRequest,
    user: UserEntity,
    secret: string,
  ): Promise<AuthorizeResponse> {
    if (request.client.firstParty || (await this.hasConsent(request, user.id))) {
      return this.sendCode(request, user.id);
    }

    const ticket: ConsentTicket = {
      userId: user.id,
      clientId: request.client.clientId,
      redirectUri: request.redirectUri,
      scope: request.scope,
      state: request.state,
      codeChallenge: request.codeChallenge,
    };
    const expiresAt = new Date(Date.now() + CONSENT_TICKET_TTL_MS);
    return {
      kind: 'page',
      page: consentPage({
        brandName: request.client.brand.name,
        clientName: request.client.name,
        scopes: request.scope.split(' ').filter(Boolean),
        hidden: {
          ticket: this.forms.seal(ticket, secret, expiresAt),
          csrf_token: this.forms.csrfToken(secret),
        },
        redirectOrigin: new URL(request.redirectUri).origin,
      }),
    };
  }

  private async hasConsent(request: AuthorizationRequest, userId: string): Promise<boolean> {
    const granted = await this.consents.findScopes(userId, request.client.id);
    if (!granted) {
      return false;
    }
    return request.scope.split(' ').every((scope) => scope === '' || granted.includes(scope));
  }

  private async sendCode(
    request: AuthorizationRequest,
    userId: string,
  ): Promise<AuthorizeResponse> {
    const code = await this.codes.issue({ ...request, userId });
    return redirectTo(request.redirectUri, {
      code,
      state: request.state,
      iss: this.config.issuer,
    });
  }

  private loginPage(
    request: AuthorizationRequest,
    secret: string,
    username?: string,
    error?: string,
  ) {
    const hidden: Record<string, string> = {
      response_type: 'code',
      client_id: request.client.clientId,
      redirect_uri: request.redirectUri,
      scope: request.scope,
      csrf_token: this.forms.csrfToken(secret),
    };
    if (request.state !== undefined) {
      hidden.state = request.state;
    }
    if (request.codeChallenge !== undefined) {
      hidden.code_challenge = request.codeChallenge;
      hidden.code_challenge_method = 'S256';
    }
    return loginPage({
      brandName: request.client.brand.name,
      clientName: request.client.name,
      usernameTypes: request.client.usernameTypes,
      hidden,
      username,
      error,
      captchaRequired: request.client.captchaRequired,
      redirectOrigin: new URL(request.redirectUri).origin,
    });
  }

  private loginError(
    request: AuthorizationRequest,
    secret: string,
    username: string,
    error: string,
  ): AuthorizeResponse {
    return { kind: 'page', page: this.loginPage(request, secret, username, error) };
  }

  /** Runs `work`, turning its request errors into an error page or an error redirect. */
  private async answerErrors(
    raw: RawParams,
    work: () => Promise<AuthorizeResponse>,
  ): Promise<AuthorizeResponse> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof AuthorizationPageError) {
        return { kind: 'page', page: errorPage(error.description) };
      }
      if (error instanceof AuthorizationRedirectError) {
        const redirectUri = raw.redirect_uri as string;
        return this.errorRedirect(redirectUri, readState(raw), error);
      }
      throw error;
    }
  }

  private errorRedirect(
    redirectUri: string,
    state: string | undefined,
    error: { error: string; description: string },
  ): AuthorizeResponse {
    return redirectTo(redirectUri, {
      error: error.error,
      error_description: error.description,
      state,
      iss: this.config.issuer,
    });
  }
}
