"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Idempotent = Idempotent;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const idempotency_errors_1 = require("./idempotency.errors");
const idempotency_interceptor_1 = require("./idempotency.interceptor");
/**
 * Makes a route safe to retry: a request with an `Idempotency-Key` header runs the route once
 * per key and caller (brand, client and token subject), and a repeat of the same request gets
 * the stored status and body with `Idempotent-Replayed: true`. The same key with another request
 * is a 422 `idempotency_key_reused`, and a repeat while the first still runs is a 409
 * `idempotency_key_in_use`. Needs a route protected by `@Scopes()`.
 */
function Idempotent() {
    return (0, common_1.applyDecorators)((0, common_1.UseInterceptors)(idempotency_interceptor_1.IdempotencyInterceptor), (0, swagger_1.ApiHeader)({
        name: 'Idempotency-Key',
        required: false,
        description: `1-${idempotency_errors_1.MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters, unique per request, such as a UUID. ` +
            'A repeat of the same request with the same key returns the first response with ' +
            '`Idempotent-Replayed: true` instead of running again. Errors: 400 ' +
            '`invalid_idempotency_key` for a malformed key, 409 `idempotency_key_in_use` while the ' +
            'first request runs, 422 `idempotency_key_reused` for the same key with another request. ' +
            'Keys expire after IDEMPOTENCY_KEY_TTL seconds (24 hours by default).',
        schema: { type: 'string', minLength: 1, maxLength: idempotency_errors_1.MAX_IDEMPOTENCY_KEY_LENGTH },
    }));
}
//# sourceMappingURL=idempotent.decorator.js.map