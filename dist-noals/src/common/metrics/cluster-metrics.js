"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.shareMetricsWithPrimary = shareMetricsWithPrimary;
exports.serveClusterMetrics = serveClusterMetrics;
const node_cluster_1 = __importDefault(require("node:cluster"));
const node_http_1 = require("node:http");
const prom_client_1 = require("prom-client");
/** Lets the cluster primary collect this worker's metrics; does nothing outside a worker. */
function shareMetricsWithPrimary(registry) {
    if (!node_cluster_1.default.isWorker) {
        return;
    }
    // Constructing an AggregatorRegistry installs the worker's reply to the primary's requests
    // (prom-client 15), and setRegistries makes it send this registry instead of the global one.
    new prom_client_1.AggregatorRegistry();
    prom_client_1.AggregatorRegistry.setRegistries([registry]);
}
/**
 * Serves `GET /metrics` from the cluster primary: the metrics of every worker, summed by
 * prom-client's AggregatorRegistry.
 */
function serveClusterMetrics(port, host) {
    const aggregator = new prom_client_1.AggregatorRegistry();
    const server = (0, node_http_1.createServer)((request, response) => {
        if (request.method !== 'GET' || request.url !== '/metrics') {
            response.writeHead(404).end();
            return;
        }
        aggregator.clusterMetrics().then((text) => {
            response.writeHead(200, { 'Content-Type': aggregator.contentType }).end(text);
        }, (error) => {
            process.stderr.write(`Could not collect the workers' metrics: ${error.message}\n`);
            response.writeHead(503).end(`Could not collect the workers' metrics: ${error.message}\n`);
        });
    });
    return server.listen(port, host);
}
//# sourceMappingURL=cluster-metrics.js.map