"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BASIC_SECURITY_HEADERS = void 0;
exports.helmetHeaders = helmetHeaders;
exports.registerSecurityHeaders = registerSecurityHeaders;
const helmet_1 = __importDefault(require("helmet"));
/** One year, the max-age that HSTS preload lists require. */
const HSTS_VALUE = 'max-age=31536000; includeSubDomains';
/**
 * Headers for responses written to the socket without Fastify (client errors) or before its
 * hooks run (malformed URLs), so that those carry the same basic protections as the rest.
 */
exports.BASIC_SECURITY_HEADERS = {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};
const HELMET_OPTIONS = {
    contentSecurityPolicy: {
        directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:'],
            upgradeInsecureRequests: null,
        },
    },
    strictTransportSecurity: false,
};
/**
 * Runs helmet's middleware once against a stand-in response and collects the headers it sets.
 * With these options every header helmet sets is the same for every request, so computing
 * them at start-up replaces helmet's per-request work with one copy of a plain object.
 */
function helmetHeaders(options = HELMET_OPTIONS) {
    const headers = {};
    const response = {
        setHeader(name, value) {
            headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
        },
        removeHeader(name) {
            delete headers[name.toLowerCase()];
        },
    };
    // Helmet 8 throws an invalid option itself, and calls `next` only with no argument.
    (0, helmet_1.default)(options)({}, response, () => undefined);
    return headers;
}
/**
 * Sets helmet's headers on every response, and Strict-Transport-Security on responses to
 * requests that arrived over HTTPS. Behind a proxy that terminates TLS, the request counts as
 * HTTPS only when TRUST_PROXY trusts the proxy and it sends `X-Forwarded-Proto: https`. Browsers
 * ignore HSTS received over plain HTTP, so it is left out there. Fastify sends no X-Powered-By.
 */
function registerSecurityHeaders(app) {
    const headers = helmetHeaders();
    app
        .getHttpAdapter()
        .getInstance()
        .addHook('onRequest', (request, reply, done) => {
        void reply.headers(headers);
        if (request.protocol === 'https') {
            void reply.header('Strict-Transport-Security', HSTS_VALUE);
        }
        done();
    });
}
//# sourceMappingURL=security-headers.js.map