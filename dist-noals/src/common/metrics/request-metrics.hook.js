"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addRequestMetricsHook = addRequestMetricsHook;
const metrics_service_1 = require("./metrics.service");
/** Records the method, route template, status and latency of every response. */
function addRequestMetricsHook(fastify, metrics) {
    fastify.addHook('onResponse', (request, reply, done) => {
        metrics.observeRequest(request.method, request.routeOptions.url ?? metrics_service_1.UNMATCHED_ROUTE, reply.statusCode, reply.elapsedTime / 1000);
        done();
    });
}
//# sourceMappingURL=request-metrics.hook.js.map