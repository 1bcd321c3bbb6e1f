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
exports.AuthorizeService = void 0;
const common_1 = require("@nestjs/common");
const oauth_errors_1 = require("../../common/errors/oauth.errors");
const app_config_1 = require("../../config/app-config");
const client_cache_service_1 = require("../clients/client-cache.service");
const player_login_service_1 = require("../login/player-login.service");
const authorization_codes_service_1 = require("./authorization-codes.service");
const authorization_request_1 = require("./authorization-request");
const authorize_response_1 = require("./authorize-response");
const authorize_errors_1 = require("./authorize.errors");
const consents_repository_1 = require("./consents.repository");
const form_protection_1 = require("./form-protection");
const pages_1 = require("./pages");
/** Milliseconds a player has to submit the consent page after logging in. */
const CONSENT_TICKET_TTL_MS = 10 * 60 * 1000;
/**
 * The authorization endpoint (RFC 6749 §4.1.1): checks the request, shows the login page, logs
 * the player in with the password grant's rules, requests the player's consent for third-party clients
 * and sends the authorization code to the client's redirect URI.
 */
let AuthorizeService = class AuthorizeService {
    clients;
    login;
    codes;
    consents;
    forms;
    config;
    constructor(clients, login, codes, consents, forms, config) {
        this.clients = clients;
        this.login = login;
        this.codes = codes;
        this.consents = consents;
        this.forms = forms;
        this.config = config;
    }
    /** Handles `GET /oauth/authorize`: returns the login page, an error page or an error redirect. */
    async start(query, cookieHeader) {
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
    async submitLogin(body, cookieHeader) {
        return this.answerErrors(body, async () => {
            const request = await this.readRequest(body);
            const secret = this.forms.cookieSecret(cookieHeader);
            if (!secret || !this.forms.isValidCsrfToken(secret, body.csrf_token)) {
                throw new authorize_errors_1.AuthorizationPageError('The sign-in form expired or was not sent from this site. Open the sign-in link again.');
            }
            const username = typeof body.username === 'string' ? body.username : '';
            const password = typeof body.password === 'string' ? body.password : '';
            const captcha = typeof body.captcha === 'string' ? body.captcha : undefined;
            if (username === '' || password === '') {
                return this.loginError(request, secret, username, 'Enter your username and password.');
            }
            let user;
            try {
                user = await this.login.authenticate(request.client, { username, password, captcha });
            }
            catch (error) {
                if (error instanceof oauth_errors_1.OAuthError && error.status < 500) {
                    return this.loginError(request, secret, username, error.description);
                }
                throw error;
            }
            return this.afterLogin(request, user, secret);
        });
    }
    /** Handles the consent form: redirects with the code, or with access_denied. */
    async submitConsent(body, cookieHeader) {
        try {
            const secret = this.forms.cookieSecret(cookieHeader);
            const ticket = this.forms.unseal(body.ticket, secret);
            if (!ticket || !this.forms.isValidCsrfToken(secret, body.csrf_token)) {
                throw new authorize_errors_1.AuthorizationPageError('The consent form expired or was not sent from this site. Open the sign-in link again.');
            }
            const { client, redirectUri } = await (0, authorization_request_1.readRedirectTarget)({ client_id: ticket.clientId, redirect_uri: ticket.redirectUri }, (clientId) => this.clients.find(clientId));
            if (body.decision !== 'allow') {
                return this.errorRedirect(redirectUri, ticket.state, {
                    error: 'access_denied',
                    description: 'The player denied the request',
                });
            }
            await this.consents.grant(ticket.userId, client.id, ticket.scope.split(' ').filter(Boolean));
            const request = { ...ticket, client, redirectUri };
            return this.sendCode(request, ticket.userId);
        }
        catch (error) {
            if (error instanceof authorize_errors_1.AuthorizationPageError) {
                return { kind: 'page', page: (0, pages_1.errorPage)(error.description) };
            }
            throw error;
        }
    }
    async readRequest(raw) {
        const target = await (0, authorization_request_1.readRedirectTarget)(raw, (clientId) => this.clients.find(clientId));
        return (0, authorization_request_1.readAuthorizationRequest)(raw, target);
    }
    async afterLogin(request, user, secret) {
        if (request.client.firstParty || (await this.hasConsent(request, user.id))) {
            return this.sendCode(request, user.id);
        }
        const ticket = {
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
            page: (0, pages_1.consentPage)({
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
    async hasConsent(request, userId) {
        const granted = await this.consents.findScopes(userId, request.client.id);
        if (!granted) {
            return false;
        }
        return request.scope.split(' ').every((scope) => scope === '' || granted.includes(scope));
    }
    async sendCode(request, userId) {
        const code = await this.codes.issue({ ...request, userId });
        return (0, authorize_response_1.redirectTo)(request.redirectUri, {
            code,
            state: request.state,
            iss: this.config.issuer,
        });
    }
    loginPage(request, secret, username, error) {
        const hidden = {
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
        return (0, pages_1.loginPage)({
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
    loginError(request, secret, username, error) {
        return { kind: 'page', page: this.loginPage(request, secret, username, error) };
    }
    /** Runs `work`, turning its request errors into an error page or an error redirect. */
    async answerErrors(raw, work) {
        try {
            return await work();
        }
        catch (error) {
            if (error instanceof authorize_errors_1.AuthorizationPageError) {
                return { kind: 'page', page: (0, pages_1.errorPage)(error.description) };
            }
            if (error instanceof authorize_errors_1.AuthorizationRedirectError) {
                const redirectUri = raw.redirect_uri;
                return this.errorRedirect(redirectUri, (0, authorization_request_1.readState)(raw), error);
            }
            throw error;
        }
    }
    errorRedirect(redirectUri, state, error) {
        return (0, authorize_response_1.redirectTo)(redirectUri, {
            error: error.error,
            error_description: error.description,
            state,
            iss: this.config.issuer,
        });
    }
};
exports.AuthorizeService = AuthorizeService;
exports.AuthorizeService = AuthorizeService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [client_cache_service_1.ClientCache,
        player_login_service_1.PlayerLogin,
        authorization_codes_service_1.AuthorizationCodesService,
        consents_repository_1.ConsentsRepository,
        form_protection_1.FormProtection,
        app_config_1.AppConfig])
], AuthorizeService);
//# sourceMappingURL=authorize.service.js.map