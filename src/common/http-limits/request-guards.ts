import { FastifyInstance } from 'fastify';

import { AppConfig } from '../../config/app-config';
import { assertAcceptableShape } from '../request-shape';
import { answerClientError } from './client-errors';
import { addHandlerTimeout } from './handler-timeout';
import { assertNoDuplicateKeys } from './duplicate-keys';
import { answerUnknownMethodsWith405 } from './method-not-allowed';

/**
 * Builds the Fastify server options for the size and time limits of AppConfig. A request not
 * received within REQUEST_TIMEOUT_MS gets 408, and headers over MAX_HEADER_BYTES get 431, both
 * from answerClientError. The handler timeout (HANDLER_TIMEOUT_MS) is a hook, see
 * installRequestGuards.
 */
export function serverLimits(config: AppConfig) {
  return {
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    http: {
      maxHeaderSize: config.MAX_HEADER_BYTES,
      // Node checks request timeouts at this interval. Its default of 30 s would let a slow client
      // hold a connection for up to 30 s past REQUEST_TIMEOUT_MS.
      connectionsCheckingInterval: Math.min(1000, config.REQUEST_TIMEOUT_MS),
    },
    clientErrorHandler: answerClientError,
  };
}

/**
 * Installs the checks every request passes before its handler: 405 for a known path with an
 * unknown method, and 400 for a path, query or body that nests too deep, contains text PostgreSQL
 * cannot store, or (JSON bodies) repeats a key, and 503 for a handler still running after
 * HANDLER_TIMEOUT_MS. Call before Nest registers the routes.
 */
export function installRequestGuards(instance: FastifyInstance, config: AppConfig): void {
  answerUnknownMethodsWith405(instance);
  addHandlerTimeout(instance, config.HANDLER_TIMEOUT_MS);
  instance.addHook('preHandler', (request, _reply, done) => {
    assertAcceptableShape(request.params, 'path', config.JSON_MAX_DEPTH);
    assertAcceptableShape(request.query, 'query', config.JSON_MAX_DEPTH);
    assertAcceptableShape(request.body, 'body', config.JSON_MAX_DEPTH);
    const rawBody = (request as { rawBody?: Buffer }).rawBody;
    if (rawBody && request.headers['content-type']?.includes('json')) {
      assertNoDuplicateKeys(rawBody.toString());
    }
    done();
  });
}
