"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDatabaseUnavailable = isDatabaseUnavailable;
exports.isTransientDatabaseError = isTransientDatabaseError;
/**
 * SQLSTATE codes and socket error codes that mean PostgreSQL cannot be reached, or is shutting
 * down or starting up, so the request never ran or was rolled back. They are class 08
 * (connection exception), 57P01 to 57P03 (admin shutdown, crash shutdown, cannot connect now)
 * and the Node.js socket errors that `pg` passes on.
 */
const UNAVAILABLE_CODES = new Set([
    '57P01',
    '57P02',
    '57P03',
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EHOSTUNREACH',
]);
/** Messages of `pg` errors that carry no code: a dropped socket or a full, unreachable pool. */
const UNAVAILABLE_MESSAGES = [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'Client has encountered a connection error and is not queryable',
    'Client was closed and is not queryable',
];
/**
 * True when an error, or the driver error TypeORM wrapped in it, shows that PostgreSQL could not
 * be reached. Such a request may be retried once the database is back.
 */
function isDatabaseUnavailable(exception) {
    return [exception, driverErrorOf(exception)].some(isUnavailableError);
}
/**
 * True for PostgreSQL's deadlock (40P01) and serialization failure (40001): the transaction was
 * rolled back whole, so the client may simply retry.
 */
function isTransientDatabaseError(exception) {
    const code = codeOf(driverErrorOf(exception));
    return code === '40P01' || code === '40001';
}
/**
 * TypeORM errors raised when a transaction's connection was dropped and released between two of
 * its queries. PostgreSQL rolls such a transaction back whole.
 * NOTE: code that used an EntityManager after its transaction had ended raises them too, and then
 * gets 503 in place of 500; the log still records the stack.
 */
const RELEASED_CONNECTION_ERRORS = new Set([
    'QueryRunnerAlreadyReleasedError',
    'QueryRunnerProviderAlreadyReleasedError',
]);
function isUnavailableError(error) {
    if (typeof error !== 'object' || error === null) {
        return false;
    }
    if (error instanceof Error && RELEASED_CONNECTION_ERRORS.has(error.name)) {
        return true;
    }
    const code = codeOf(error);
    if (code !== undefined && (code.startsWith('08') || UNAVAILABLE_CODES.has(code))) {
        return true;
    }
    const message = error.message;
    return (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((known) => message.includes(known)));
}
function driverErrorOf(exception) {
    return exception?.driverError;
}
function codeOf(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}
//# sourceMappingURL=database-errors.js.map