import { FastifyInstance } from 'fastify';

import { MetricsService, UNMATCHED_ROUTE } from './metrics.service';

/** Records the method, route template, status and latency of every response. */
export function addRequestMetricsHook(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? UNMATCHED_ROUTE,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
}
