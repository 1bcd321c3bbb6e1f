"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.HttpExceptionFilter = void 0;
exports.requestIdOf = requestIdOf;
exports.isOAuthEndpoint = isOAuthEndpoint;
exports.setNoStore = setNoStore;
exports.describeError = describeError;
const common_1 = require("@nestjs/common");
const idempotency_errors_1 = require("../idempotency/idempotency.errors");
const api_exception_1 = require("./api.exception");
const bearer_errors_1 = require("./bearer.errors");
const database_errors_1 = require("./database-errors");
const field_conflict_exception_1 = require("./field-conflict.exception");
const oauth_errors_1 = require("./oauth.errors");
const validation_failed_exception_1 = require("./validation-failed.exception");
const ERROR_CODES = {
    400: 'bad_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    408: 'request_timeout',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    422: 'unprocessable_entity',
    429: 'too_many_requests',
    503: 'service_unavailable',
};
const DATABASE_UNAVAILABLE = 'The database is unavailable; retry later';
/** Seconds a client should wait before retrying while PostgreSQL cannot be reached. */
const RETRY_AFTER_OUTAGE_SECONDS = '5';
function requestIdOf(request) {
    const rawId = request.raw.id;
    return typeof rawId === 'string' ? rawId : request.id;
}
/**
 * True for the endpoints that send errors as RFC 6749 `{error, error_description}`. Logout sits
 * under /oauth but is a bearer-protected route, so it sends the ApiErrorDto shape.
 */
function isOAuthEndpoint(url) {
    return url.startsWith('/oauth') && !url.startsWith('/oauth/logout');
}
/** Sets the headers every OAuth endpoint response carries (RFC 6749 §5.1). */
function setNoStore(reply) {
    void reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
}
/**
 * Turns every error into its documented body: `{error, error_description}` for OAuth errors, the
 * ApiErrorDto shape for the rest. A 5xx shows no internals; its stack goes to the log.
 */
let HttpExceptionFilter = class HttpExceptionFilter {
    logger = new common_1.Logger('HttpExceptionFilter');
    catch(exception, host) {
        const context = host.switchToHttp();
        const request = context.getRequest();
        const reply = context.getResponse();
        if (exception instanceof oauth_errors_1.OAuthError) {
            this.sendOAuthError(reply, exception);
            return;
        }
        if (exception instanceof idempotency_errors_1.ReplayedResponse) {
            void reply.status(exception.replayStatus).send(exception.replayBody);
            return;
        }
        if (request.url.startsWith('/health') && exception instanceof common_1.ServiceUnavailableException) {
            // Terminus reports each failed check in the body; monitoring reads it as it is.
            void reply.status(503).send(exception.getResponse());
            return;
        }
        // Bearer routes under /oauth fail as RFC 6750 §3 defines, like every bearer route.
        if (isOAuthEndpoint(request.url) && !(exception instanceof bearer_errors_1.BearerError)) {
            const asOAuth = this.toOAuthError(exception);
            if (asOAuth) {
                this.sendOAuthError(reply, asOAuth);
                return;
            }
        }
        this.sendApiError(request, reply, exception);
    }
    /**
     * Maps errors raised before an OAuth endpoint runs, such as an unparsable or oversized body, to
     * RFC 6749 `invalid_request`, and unexpected errors to `server_error`.
     */
    toOAuthError(exception) {
        if (isHandlerTimeout(exception)) {
            return new oauth_errors_1.OAuthError('temporarily_unavailable', 'The server did not finish the request in time; retry it', 503, { 'Retry-After': '1' });
        }
        if (!(exception instanceof common_1.HttpException)) {
            this.logUnexpected(exception);
            if ((0, database_errors_1.isTransientDatabaseError)(exception)) {
                return new oauth_errors_1.OAuthError('temporarily_unavailable', 'The request collided with a concurrent one; retry it', 503, { 'Retry-After': '1' });
            }
            if ((0, database_errors_1.isDatabaseUnavailable)(exception)) {
                return new oauth_errors_1.OAuthError('temporarily_unavailable', DATABASE_UNAVAILABLE, 503, {
                    'Retry-After': RETRY_AFTER_OUTAGE_SECONDS,
                });
            }
            return new oauth_errors_1.ServerError();
        }
        const status = exception.getStatus();
        if (status === 415) {
            return new oauth_errors_1.InvalidRequestError('Content-Type must be application/x-www-form-urlencoded or application/json');
        }
        if (status === 400 || status === 413) {
            return new oauth_errors_1.InvalidRequestError(messageOf(exception));
        }
        if (status === 405) {
            return new oauth_errors_1.OAuthError('invalid_request', messageOf(exception), 405);
        }
        return undefined;
    }
    logUnexpected(exception) {
        this.logger.error(describeError(exception), 'Unexpected error');
    }
    sendOAuthError(reply, error) {
        setNoStore(reply);
        void reply
            .status(error.status)
            .headers(error.headers)
            .send({ error: error.error, error_description: toDescriptionCharacters(error.description) });
    }
    sendApiError(request, reply, exception) {
        const body = this.toApiError(exception, requestIdOf(request));
        if (body.status >= 500 && !isHandlerTimeout(exception)) {
            this.logUnexpected(exception);
        }
        if (exception instanceof bearer_errors_1.BearerError) {
            void reply.header('WWW-Authenticate', exception.challenge);
        }
        if (body.status === 503) {
            const unavailable = (0, database_errors_1.isDatabaseUnavailable)(exception);
            void reply.header('Retry-After', unavailable ? RETRY_AFTER_OUTAGE_SECONDS : '1');
        }
        void reply.status(body.status).send(body);
    }
    /** Builds the ApiErrorDto body for a resource API error. Public so that replays can store it. */
    toApiError(exception, requestId) {
        if (exception instanceof validation_failed_exception_1.ValidationFailedException) {
            return {
                status: 400,
                error: 'validation_failed',
                message: exception.message,
                request_id: requestId,
                fields: exception.fields,
            };
        }
        if (exception instanceof field_conflict_exception_1.FieldConflictException) {
            return {
                status: 409,
                error: 'conflict',
                message: exception.message,
                request_id: requestId,
                fields: exception.fields,
            };
        }
        if (exception instanceof api_exception_1.ApiException) {
            return {
                status: exception.getStatus(),
                error: exception.code,
                message: exception.message,
                request_id: requestId,
            };
        }
        if (exception instanceof bearer_errors_1.BearerError) {
            const status = exception.getStatus();
            const code = exception.code ?? 'unauthorized';
            return { status, error: code, message: exception.description, request_id: requestId };
        }
        if (exception instanceof common_1.HttpException) {
            const status = exception.getStatus();
            return {
                status,
                error: ERROR_CODES[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'),
                message: status >= 500 ? 'Internal server error' : messageOf(exception),
                request_id: requestId,
            };
        }
        if (isHandlerTimeout(exception)) {
            return {
                status: common_1.HttpStatus.SERVICE_UNAVAILABLE,
                error: 'service_unavailable',
                message: 'The server did not finish the request in time; retry it',
                request_id: requestId,
            };
        }
        if ((0, database_errors_1.isTransientDatabaseError)(exception)) {
            return {
                status: common_1.HttpStatus.SERVICE_UNAVAILABLE,
                error: 'service_unavailable',
                message: 'The request collided with a concurrent one; retry it',
                request_id: requestId,
            };
        }
        if ((0, database_errors_1.isDatabaseUnavailable)(exception)) {
            return {
                status: common_1.HttpStatus.SERVICE_UNAVAILABLE,
                error: 'service_unavailable',
                message: DATABASE_UNAVAILABLE,
                request_id: requestId,
            };
        }
        return {
            status: common_1.HttpStatus.INTERNAL_SERVER_ERROR,
            error: 'internal_error',
            message: 'Internal server error',
            request_id: requestId,
        };
    }
};
exports.HttpExceptionFilter = HttpExceptionFilter;
exports.HttpExceptionFilter = HttpExceptionFilter = __decorate([
    (0, common_1.Catch)()
], HttpExceptionFilter);
/**
 * Describes an unexpected error for the log without the SQL parameters that TypeORM attaches to
 * a QueryFailedError, since those may hold codes, secrets or personal data.
 */
function describeError(exception) {
    if (!(exception instanceof Error)) {
        return { error: String(exception) };
    }
    const driverError = exception.driverError;
    return {
        name: exception.name,
        message: exception.message,
        code: driverError?.code,
        stack: exception.stack,
    };
}
/**
 * Replaces what RFC 6749 §5.2 does not allow in `error_description` (anything but printable
 * ASCII other than `"` and `\`) with `?`, since descriptions may repeat a value the client sent.
 */
function toDescriptionCharacters(description) {
    return description.replace(/[^\x20-\x21\x23-\x5B\x5D-\x7E]/g, '?');
}
/** True for Fastify's error when a handler runs longer than HANDLER_TIMEOUT_MS. */
function isHandlerTimeout(exception) {
    return exception.code === 'FST_ERR_HANDLER_TIMEOUT';
}
function messageOf(exception) {
    const response = exception.getResponse();
    if (typeof response === 'string') {
        return response;
    }
    const message = response.message;
    if (Array.isArray(message)) {
        return message.join('; ');
    }
    return typeof message === 'string' ? message : exception.message;
}
//# sourceMappingURL=http-exception.filter.js.map