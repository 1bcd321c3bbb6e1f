import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import { Level, Logger } from 'pino';

/** The request fields on every log line: no query string, headers or body, so no secret. */
interface RequestBindings {
  id: string;
  method: string;
  path: string;
}

function bindingsOf(request: FastifyRequest): RequestBindings {
  const queryStart = request.url.indexOf('?');
  const path = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  return { id: request.id, method: request.method, path };
}

/**
 * The request's logger for nestjs-pino, a child of the root logger bound to the request. It is
 * built on first use, because most requests log nothing but their completion line.
 */
class RequestLogStore implements Store {
  private child?: Logger;

  constructor(private readonly request: FastifyRequest) {}

  get logger(): Logger {
    this.child ??= PinoLogger.root.child({ req: bindingsOf(this.request) });
    return this.child;
  }
}

function levelFor(statusCode: number): Level {
  if (statusCode >= 500) {
    return 'error';
  }
  return statusCode >= 400 ? 'debug' : 'info';
}

/**
 * Logs one line per request when Fastify finishes its response, and binds the
 * request to the logger that services reach through Nest's Logger, so that their lines carry
 * the request id. Only the method, the path without its query string and the status are logged,
 * so that tokens, codes, secrets and the Authorization header never reach the log.
 */
export function addRequestLoggingHooks(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    storage.run(new RequestLogStore(request), done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logCompletion(request, reply);
    done();
  });
}

function logCompletion(request: FastifyRequest, reply: FastifyReply): void {
  const level = levelFor(reply.statusCode);
  const root = PinoLogger.root;
  if (!root.isLevelEnabled(level)) {
    return;
  }
  let message = reply.raw.writableEnded ? 'request completed' : 'request aborted';
  if (reply.statusCode >= 500) {
    message = 'request errored';
  }
  root[level](
    {
      req: bindingsOf(request),
      res: { statusCode: reply.statusCode },
      responseTime: Math.round(reply.elapsedTime),
    },
    message,
  );
}
