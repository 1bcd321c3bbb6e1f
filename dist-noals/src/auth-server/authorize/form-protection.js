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
exports.FormProtection = exports.CSRF_COOKIE = void 0;
exports.readCookie = readCookie;
const common_1 = require("@nestjs/common");
const node_crypto_1 = require("node:crypto");
const app_config_1 = require("../../config/app-config");
/** Cookie that carries the CSRF secret of the login and consent forms. */
exports.CSRF_COOKIE = 'authorize_csrf';
const COOKIE_PATH = '/oauth/authorize';
const CSRF_SECRET = /^[A-Za-z0-9_-]{43}$/;
/**
 * CSRF protection and signed state of the login and consent forms, with no session store. The
 * browser gets a random secret in an HttpOnly, SameSite=Strict cookie; each form carries an HMAC
 * of that secret, so a page on another site can neither read nor forge the form token (the
 * double-submit pattern with a signed token). The key derives from KEY_ENCRYPTION_SECRET, so
 * every instance of the server accepts the forms of every other.
 */
let FormProtection = class FormProtection {
    key;
    secureCookie;
    constructor(config) {
        this.key = (0, node_crypto_1.createHmac)('sha256', config.KEY_ENCRYPTION_SECRET)
            .update('authorization-form-protection')
            .digest();
        this.secureCookie = config.issuer.startsWith('https://');
    }
    /** Returns the CSRF secret of the request's cookie, or undefined when there is none. */
    cookieSecret(cookieHeader) {
        const value = readCookie(cookieHeader, exports.CSRF_COOKIE);
        return value !== undefined && CSRF_SECRET.test(value) ? value : undefined;
    }
    newSecret() {
        return (0, node_crypto_1.randomBytes)(32).toString('base64url');
    }
    /** Returns the Set-Cookie header value that stores `secret`. */
    cookieHeader(secret) {
        const secure = this.secureCookie ? '; Secure' : '';
        return `${exports.CSRF_COOKIE}=${secret}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict${secure}`;
    }
    /** Returns the form token bound to the cookie secret. */
    csrfToken(secret) {
        return this.sign(`csrf\n${secret}`);
    }
    /** Returns whether `token` is the form token of the cookie secret, compared in constant time. */
    isValidCsrfToken(secret, token) {
        return (secret !== undefined && typeof token === 'string' && this.equal(token, this.csrfToken(secret)));
    }
    /**
     * Signs `payload` for the browser to carry in a hidden field, bound to the cookie secret and
     * valid until `expiresAt`. The payload is readable by the player, so it must hold no secret.
     */
    seal(payload, secret, expiresAt) {
        const body = Buffer.from(JSON.stringify({ ...payload, exp: expiresAt.getTime() })).toString('base64url');
        return `${body}.${this.sign(`seal\n${secret}\n${body}`)}`;
    }
    /** Returns the payload of a sealed value, or null when it is forged, expired or not bound to the cookie secret. */
    unseal(sealed, secret) {
        if (typeof sealed !== 'string' || secret === undefined) {
            return null;
        }
        const [body, signature] = sealed.split('.');
        if (!body || !signature || !this.equal(signature, this.sign(`seal\n${secret}\n${body}`))) {
            return null;
        }
        const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
        return payload.exp > Date.now() ? payload : null;
    }
    sign(value) {
        return (0, node_crypto_1.createHmac)('sha256', this.key).update(value).digest('base64url');
    }
    equal(presented, expected) {
        const a = Buffer.from(presented);
        const b = Buffer.from(expected);
        return a.length === b.length && (0, node_crypto_1.timingSafeEqual)(a, b);
    }
};
exports.FormProtection = FormProtection;
exports.FormProtection = FormProtection = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig])
], FormProtection);
/** Returns the value of one cookie from a Cookie header (RFC 6265 §4.2.1), or undefined. */
function readCookie(header, name) {
    if (!header) {
        return undefined;
    }
    for (const pair of header.split(';')) {
        const separator = pair.indexOf('=');
        if (separator > 0 && pair.slice(0, separator).trim() === name) {
            return pair.slice(separator + 1).trim();
        }
    }
    return undefined;
}
//# sourceMappingURL=form-protection.js.map