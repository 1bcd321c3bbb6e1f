import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The longest a timed-out request waits past its deadline for the sweep that sends its 503. */
const MAX_SWEEP_INTERVAL_MS = 1000;

/**
 * The error sent for a request whose handler ran past the timeout. It is not a FastifyError on
 * purpose: Nest turns those into a bare HttpException with their status, which would lose what
 * kind of failure it was before the exception filter receives it.
 */
export class HandlerTimeoutError extends Error {
  readonly code = 'HANDLER_TIMEOUT';
  readonly statusCode = 503;

  constructor(timeoutMs: number, route: string) {
    super(`Request timed out after ${timeoutMs} ms on route ${route}`);
    this.name = 'HandlerTimeoutError';
  }
}

interface PendingRequest {
  reply: FastifyReply;
  deadline: number;
}

/**
 * Sends a 503 HandlerTimeoutError for a request still without a response
 * `timeoutMs` after it arrived, at most a quarter of `timeoutMs` (and never more than a second)
 * late. Fastify's own `handlerTimeout` option creates an AbortController per request and aborts
 * it with a new DOMException when the request closes, which was about 7 % of the bench's
 * client_credentials CPU profile. A timer per request costs a timer allocation and a timer-list
 * insertion and removal, so one interval sweeps a Map of the requests in flight instead. All
 * requests share one timeout, so the Map's insertion order is deadline order and a sweep stops
 * at the first request not yet due. The handler keeps running, as with Fastify's option, and no
 * abort signal is exposed.
 */
export function addHandlerTimeout(fastify: FastifyInstance, timeoutMs: number): void {
  const pending = new Map<FastifyRequest, PendingRequest>();
  const sweepIntervalMs = Math.max(10, Math.min(MAX_SWEEP_INTERVAL_MS, timeoutMs / 4));
  let sweeper: NodeJS.Timeout | undefined;

  const sweep = (): void => {
    const now = Date.now();
    for (const [request, { reply, deadline }] of pending) {
      if (deadline > now) {
        return;
      }
      pending.delete(request);
      if (!reply.sent && !reply.raw.destroyed) {
        const url = request.routeOptions.url ?? request.url;
        void reply.send(new HandlerTimeoutError(timeoutMs, url));
      }
    }
  };

  fastify.addHook('onReady', (done) => {
    sweeper = setInterval(sweep, sweepIntervalMs).unref();
    done();
  });
  fastify.addHook('onClose', (_instance, done) => {
    clearInterval(sweeper);
    pending.clear();
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    pending.set(request, { reply, deadline: Date.now() + timeoutMs });
    done();
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    pending.delete(request);
    done();
  });
}
