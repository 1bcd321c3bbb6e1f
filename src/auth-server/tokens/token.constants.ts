/** Upper bound of a client's access-token lifetime, in seconds. */
export const MAX_ACCESS_TOKEN_TTL = 86_400;

/** Upper bound of a client's refresh-token lifetime, in seconds (90 days). */
export const MAX_REFRESH_TOKEN_TTL = 7_776_000;

/** Upper bound of a client's refresh-token reuse grace window, in seconds. */
export const MAX_REFRESH_TOKEN_REUSE_GRACE = 60;

export const DEFAULT_ACCESS_TOKEN_TTL = 1800;
export const DEFAULT_REFRESH_TOKEN_TTL = 2_592_000;

/** Allowed clock difference, in seconds, when checking `exp` and `iat`. */
export const CLOCK_SKEW_LEEWAY = 30;

/** The `typ` header of access tokens (RFC 9068 §2.1). */
export const ACCESS_TOKEN_TYPE = 'at+jwt';

/** The NOTIFY channel on which a revoked session's id is published. */
export const SESSION_REVOKED_CHANNEL = 'session_revoked';
