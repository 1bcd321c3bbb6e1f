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
exports.CallbackSignatureGuard = exports.TIMESTAMP_HEADER = exports.SIGNATURE_HEADER = void 0;
exports.callbackSignature = callbackSignature;
const node_crypto_1 = require("node:crypto");
const common_1 = require("@nestjs/common");
const audit_service_1 = require("../../../audit/audit.service");
const api_exception_1 = require("../../../common/errors/api.exception");
const app_config_1 = require("../../../config/app-config");
exports.SIGNATURE_HEADER = 'x-signature';
exports.TIMESTAMP_HEADER = 'x-timestamp';
/** Returns the callback secret of each provider that accepts callbacks. */
function callbackSecrets(config) {
    return { sandbox: config.SANDBOX_CALLBACK_SECRET };
}
/**
 * Computes the hex HMAC-SHA256 a provider sends in `X-Signature: sha256=<hex>`. It covers the
 * `X-Timestamp` value, a dot and the raw body, so a captured request cannot be replayed later
 * under a fresh timestamp.
 */
function callbackSignature(secret, timestamp, rawBody) {
    return (0, node_crypto_1.createHmac)('sha256', secret).update(`${timestamp}.`, 'utf8').update(rawBody).digest('hex');
}
/**
 * Authenticates a payment provider callback by its signature instead of a bearer token. A provider
 * without a configured secret gets 404, as an unknown one does. A missing, forged or stale
 * signature gets 401 and a `payment_callback_rejected` audit event without the body or signature.
 */
let CallbackSignatureGuard = class CallbackSignatureGuard {
    config;
    audit;
    constructor(config, audit) {
        this.config = config;
        this.audit = audit;
    }
    canActivate(context) {
        const request = context
            .switchToHttp()
            .getRequest();
        const provider = request.params.provider;
        const secrets = callbackSecrets(this.config);
        const secret = Object.hasOwn(secrets, provider) ? secrets[provider] : undefined;
        if (!secret) {
            throw new common_1.NotFoundException('This payment provider does not accept callbacks');
        }
        const signature = singleHeader(request, exports.SIGNATURE_HEADER);
        const timestamp = singleHeader(request, exports.TIMESTAMP_HEADER);
        if (signature === undefined || timestamp === undefined) {
            this.reject(provider, 'missing_signature', 'X-Signature and X-Timestamp headers are required');
        }
        if (!this.isFresh(timestamp)) {
            this.reject(provider, 'stale_timestamp', `X-Timestamp must be Unix time in seconds within ${this.config.PAYMENT_CALLBACK_TOLERANCE_SECONDS} seconds of the server time`);
        }
        const expected = callbackSignature(secret, timestamp, request.rawBody ?? Buffer.alloc(0));
        if (!matchesSignature(signature, expected)) {
            this.reject(provider, 'invalid_signature', 'X-Signature does not match the request body');
        }
        return true;
    }
    isFresh(timestamp) {
        if (!/^\d{1,12}$/.test(timestamp)) {
            return false;
        }
        const skewSeconds = Math.abs(Date.now() / 1000 - Number(timestamp));
        return skewSeconds <= this.config.PAYMENT_CALLBACK_TOLERANCE_SECONDS;
    }
    reject(provider, reason, message) {
        this.audit.record('payment_callback_rejected', { details: { provider_id: provider, reason } });
        throw new api_exception_1.ApiException(401, 'invalid_signature', message);
    }
};
exports.CallbackSignatureGuard = CallbackSignatureGuard;
exports.CallbackSignatureGuard = CallbackSignatureGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [app_config_1.AppConfig,
        audit_service_1.AuditService])
], CallbackSignatureGuard);
function singleHeader(request, name) {
    const value = request.headers[name];
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** Compares `sha256=<hex>` with the expected hex digest in constant time. */
function matchesSignature(presented, expectedHex) {
    const match = /^sha256=([0-9a-fA-F]{64})$/.exec(presented);
    if (!match) {
        return false;
    }
    const presentedBytes = Buffer.from(match[1], 'hex');
    const expectedBytes = Buffer.from(expectedHex, 'hex');
    return (0, node_crypto_1.timingSafeEqual)(presentedBytes, expectedBytes);
}
//# sourceMappingURL=callback-signature.guard.js.map