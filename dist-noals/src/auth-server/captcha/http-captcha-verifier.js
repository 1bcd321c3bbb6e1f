"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpCaptchaVerifier = void 0;
const common_1 = require("@nestjs/common");
const request_context_1 = require("../../common/request-context");
/**
 * Verifies captcha responses with a reCAPTCHA-compatible service: a form POST of `secret`,
 * `response` and `remoteip`, whose JSON response carries the verdict in the boolean `success`.
 */
class HttpCaptchaVerifier {
    verifyUrl;
    secret;
    timeoutMs;
    logger = new common_1.Logger('CaptchaVerifier');
    constructor(verifyUrl, secret, timeoutMs) {
        this.verifyUrl = verifyUrl;
        this.secret = secret;
        this.timeoutMs = timeoutMs;
    }
    async verify(response, clientId) {
        const form = new URLSearchParams({ secret: this.secret, response });
        const ip = (0, request_context_1.currentRequest)()?.ip;
        if (ip) {
            form.set('remoteip', ip);
        }
        try {
            const httpResponse = await fetch(this.verifyUrl, {
                method: 'POST',
                body: form,
                signal: AbortSignal.timeout(this.timeoutMs),
            });
            if (!httpResponse.ok) {
                return this.unavailable(clientId, `HTTP status ${httpResponse.status}`);
            }
            const verdict = (await httpResponse.json());
            if (typeof verdict?.success !== 'boolean') {
                return this.unavailable(clientId, 'the response has no boolean success field');
            }
            return verdict.success ? 'valid' : 'invalid';
        }
        catch (error) {
            return this.unavailable(clientId, error.message);
        }
    }
    unavailable(clientId, reason) {
        this.logger.warn({ clientId, reason }, 'Captcha verification failed');
        return 'unavailable';
    }
}
exports.HttpCaptchaVerifier = HttpCaptchaVerifier;
//# sourceMappingURL=http-captcha-verifier.js.map