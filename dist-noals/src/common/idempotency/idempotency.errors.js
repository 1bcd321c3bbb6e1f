"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReplayedResponse = exports.MAX_IDEMPOTENCY_KEY_LENGTH = void 0;
exports.invalidIdempotencyKey = invalidIdempotencyKey;
exports.idempotencyKeyReused = idempotencyKeyReused;
exports.idempotencyKeyInUse = idempotencyKeyInUse;
const common_1 = require("@nestjs/common");
const api_exception_1 = require("../errors/api.exception");
/** The longest Idempotency-Key accepted. */
exports.MAX_IDEMPOTENCY_KEY_LENGTH = 255;
function invalidIdempotencyKey() {
    return new api_exception_1.ApiException(400, 'invalid_idempotency_key', `The Idempotency-Key header must be 1-${exports.MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (0x21-0x7E)`);
}
function idempotencyKeyReused() {
    return new api_exception_1.ApiException(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request; send a new key for a new request');
}
function idempotencyKeyInUse() {
    return new api_exception_1.ApiException(409, 'idempotency_key_in_use', 'A request with this Idempotency-Key is still being processed; retry after it finishes');
}
/**
 * Carries a stored response to the exception filter, which sends its status and body as they
 * are. Nest would otherwise set the route's own status code on a returned value.
 */
class ReplayedResponse extends common_1.HttpException {
    replayStatus;
    replayBody;
    constructor(replayStatus, replayBody) {
        super('Replayed response', replayStatus);
        this.replayStatus = replayStatus;
        this.replayBody = replayBody;
    }
}
exports.ReplayedResponse = ReplayedResponse;
//# sourceMappingURL=idempotency.errors.js.map