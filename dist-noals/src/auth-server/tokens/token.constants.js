"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SESSION_REVOKED_CHANNEL = exports.ACCESS_TOKEN_TYPE = exports.CLOCK_SKEW_LEEWAY = exports.DEFAULT_REFRESH_TOKEN_TTL = exports.DEFAULT_ACCESS_TOKEN_TTL = exports.MAX_REFRESH_TOKEN_REUSE_GRACE = exports.MAX_REFRESH_TOKEN_TTL = exports.MAX_ACCESS_TOKEN_TTL = void 0;
/** Upper bound of a client's access-token lifetime, in seconds. */
exports.MAX_ACCESS_TOKEN_TTL = 86_400;
/** Upper bound of a client's refresh-token lifetime, in seconds (90 days). */
exports.MAX_REFRESH_TOKEN_TTL = 7_776_000;
/** Upper bound of a client's refresh-token reuse grace window, in seconds. */
exports.MAX_REFRESH_TOKEN_REUSE_GRACE = 60;
exports.DEFAULT_ACCESS_TOKEN_TTL = 1800;
exports.DEFAULT_REFRESH_TOKEN_TTL = 2_592_000;
/** Allowed clock difference, in seconds, when checking `exp` and `iat`. */
exports.CLOCK_SKEW_LEEWAY = 30;
/** The `typ` header of access tokens (RFC 9068 §2.1). */
exports.ACCESS_TOKEN_TYPE = 'at+jwt';
/** The NOTIFY channel on which a revoked session's id is published. */
exports.SESSION_REVOKED_CHANNEL = 'session_revoked';
//# sourceMappingURL=token.constants.js.map