import cluster from 'node:cluster';
import { createServer, Server } from 'node:http';

import { AggregatorRegistry, Registry } from 'prom-client';

/** Lets the cluster primary collect this worker's metrics; does nothing outside a worker. */
export function shareMetricsWithPrimary(registry: Registry): void {
  if (!cluster.isWorker) {
    return;
  }
  // Constructing an AggregatorRegistry installs the worker's reply to the primary's requests
  // (prom-client 15), and setRegistries makes it send this registry instead of the global one.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}

/**
 * Serves `GET /metrics` from the cluster primary: the metrics of every worker, summed by
 * prom-client's AggregatorRegistry.
 */
export function serveClusterMetrics(port: number, host: string): Server {
  const aggregator = new AggregatorRegistry();
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    aggregator.clusterMetrics().then(
      (text) => {
        response.writeHead(200, { 'Content-Type': aggregator.contentType }).end(text);
      },
      (error: Error) => {
        process.stderr.write(`Could not collect the workers' metrics: ${error.message}\n`);
        response.writeHead(503).end(`Could not collect the workers' metrics: ${error.message}\n`);
      },
    );
  });
  return server.listen(port, host);
}
